using Platform.Analytics.Bonds;

namespace Platform.Trading.Domain.Positions;

/// The calendar day over which carry is measured: the day after the valuation date, or the day before it when the
/// day after pays a coupon (accrued interest would fall back to zero) or is maturity. Holds the bond's measures at the
/// market yield at both ends.
internal readonly record struct CarryDay(DateOnly From, DateOnly To, BondMeasures AtFrom, BondMeasures AtTo)
{
    /// Null only for a bond with no whole coupon-free day of life on either side of <paramref name="asOf"/>.
    public static CarryDay? Around(PositionBond bond, DateOnly asOf, double yield, in BondMeasures atAsOf)
    {
        var next = asOf.AddDays(1);
        if (next < bond.MaturityDate)
        {
            var atNext = bond.Priced.FromYield(next, yield);
            if (atNext.AccruedInterest >= atAsOf.AccruedInterest) return new CarryDay(asOf, next, atAsOf, atNext);
        }
        var previous = asOf.AddDays(-1);
        if (previous < bond.IssueDate) return null;
        var atPrevious = bond.Priced.FromYield(previous, yield);
        return atAsOf.AccruedInterest >= atPrevious.AccruedInterest ? new CarryDay(previous, asOf, atPrevious, atAsOf) : null;
    }
}
