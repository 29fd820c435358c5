namespace Platform.Analytics.Bonds;

/// The issuer's right to change the coupon 调整票面利率 from a coupon date on (typically with a holder put on the same
/// date, 3+2 bonds). <see cref="NewCouponRate"/> (double, decimal) is the rate assumed for the periods starting on or
/// after <see cref="Date"/>; null keeps the current rate. Fixed-coupon bonds only.
public readonly record struct CouponReset(DateOnly Date, double? NewCouponRate = null);
