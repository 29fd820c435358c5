namespace Platform.Analytics.Bonds;

/// A fixed-coupon bond with its schedule generated once, ready to be priced at many settlement dates and yields
/// without allocating (the definition → resolved → pricer shape).
public sealed class ResolvedFixedBond
{
    public FixedCouponBond Bond { get; }
    public CouponSchedule Schedule { get; }

    public ResolvedFixedBond(FixedCouponBond bond) => (Bond, Schedule) = (bond, bond.Schedule());
}
