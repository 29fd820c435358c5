namespace Platform.Trading.Domain.Derivatives;

/// A standard bond forward product as SHCH lists it: code, names, the notional bond (coupon in percent, coupons a year,
/// tenor from delivery) and how its contracts settle (<c>Cash</c> or <c>Physical</c>).
public sealed record StandardForwardProduct(string Code, string NameZh, string NameEn, decimal NotionalCouponPct, int CouponsPerYear, int TenorYears, string Settlement);
