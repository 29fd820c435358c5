using Platform.Analytics.Indices;
using Platform.SharedKernel;

namespace Platform.Analytics.Bonds;

/// A floating coupon 浮动利率: the index fixing plus a quoted spread 基本利差, optionally capped and floored (on the
/// coupon rate, index + spread). The fixing is taken <see cref="FixingLagBusinessDays"/> business days of the index's
/// calendar before each period starts (the index's own lag unless the bond's terms say otherwise). Doubles, decimal.
public sealed record FloatingCoupon
{
    public RateIndex Index { get; }
    public double Spread { get; }
    public double? Cap { get; }
    public double? Floor { get; }
    public int FixingLagBusinessDays { get; }

    private FloatingCoupon(RateIndex index, double spread, double? cap, double? floor, int lag) =>
        (Index, Spread, Cap, Floor, FixingLagBusinessDays) = (index, spread, cap, floor, lag);

    public static FloatingCoupon Of(RateIndex index, double spread, double? cap = null, double? floor = null, int? fixingLagBusinessDays = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (!double.IsFinite(spread) || Math.Abs(spread) > 0.2)
            throw new DomainException($"the spread must be a decimal between −0.2 and 0.2 (0.005 = 50 bp), was {spread}", "spread");
        if (cap is { } c && (!double.IsFinite(c) || c < -0.05 || c > 1))
            throw new DomainException($"the cap must be a decimal rate up to 1, was {c}", "cap");
        if (floor is { } f && (!double.IsFinite(f) || f < -0.05 || f > 1))
            throw new DomainException($"the floor must be a decimal rate up to 1, was {f}", "floor");
        if (cap < floor)
            throw new DomainException($"the cap {cap} is below the floor {floor}", "cap");
        var lag = fixingLagBusinessDays ?? index.FixingLagBusinessDays;
        if (lag is < 0 or > 10)
            throw new DomainException($"a fixing lag must be 0 to 10 business days, was {lag}", "fixingLag");
        return new FloatingCoupon(index, spread, cap, floor, lag);
    }

    /// The coupon rate for a fixing: index + spread, then the floor and the cap.
    public double Rate(double fixing)
    {
        var rate = fixing + Spread;
        if (Floor is { } floor && rate < floor) rate = floor;
        if (Cap is { } cap && rate > cap) rate = cap;
        return rate;
    }
}
