namespace Platform.Host.Api.Analytics;

/// A coupon reset 调整票面利率 on a coupon date: the decimal rate assumed from then on (absent: unchanged).
public sealed record BondCouponResetDto(DateOnly Date, double? CouponRate = null);
