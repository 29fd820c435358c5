namespace Platform.Analytics.Bonds;

/// One scheduled repayment of an amortising bond 提前还本: on a coupon date, a percentage of the ORIGINAL face
/// (double: 20 = 20 % of the face at issue, whatever is still outstanding). Checked by <see cref="CouponBond"/>.
public readonly record struct PrincipalRepayment(DateOnly Date, double PercentOfOriginalFace);
