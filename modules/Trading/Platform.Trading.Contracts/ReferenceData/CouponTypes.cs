namespace Platform.Trading.Contracts.ReferenceData;

/// How a bond pays interest: fixed coupons (including one coupon paid with the principal, as short-term paper does),
/// or none (zero-coupon and discount bonds such as NCDs).
public static class CouponTypes
{
    public const string Fixed = "Fixed";
    public const string Zero = "Zero";

    public static IReadOnlyList<string> All { get; } = [Fixed, Zero];
}
