using Platform.Analytics.Bonds;
using Platform.SharedKernel;

namespace Platform.Analytics.Forwards;

/// A physically delivered bond forward 债券远期 as agreed: the bond, the spot settlement date it is financed from and
/// the delivery date. Validated and resolved once (accrued at both dates, the coupons paid in between), so that
/// pricing at many repo rates or solving for the implied repo repeats none of the schedule work.
/// Delivery on the spot date is allowed (the forward is then the spot trade); delivery on or after maturity is not,
/// since nothing would be left to deliver.
public sealed class BondForward
{
    public ResolvedFixedBond Bond { get; }
    public DateOnly SpotSettlementDate { get; }
    public DateOnly DeliveryDate { get; }

    /// Accrued interest per 100 face at spot settlement and at delivery (0 on a coupon date), by the bond's day count.
    public double SpotAccrued { get; }
    public double DeliveryAccrued { get; }

    /// Actual calendar days from spot settlement to delivery: the repo financing period.
    public int Days => DeliveryDate.DayNumber - SpotSettlementDate.DayNumber;

    public IReadOnlyList<IntermediateCoupon> IntermediateCoupons { get; }

    private BondForward(ResolvedFixedBond bond, DateOnly spot, DateOnly delivery, double spotAccrued, double deliveryAccrued, IReadOnlyList<IntermediateCoupon> coupons) =>
        (Bond, SpotSettlementDate, DeliveryDate, SpotAccrued, DeliveryAccrued, IntermediateCoupons) = (bond, spot, delivery, spotAccrued, deliveryAccrued, coupons);

    public static BondForward Of(ResolvedFixedBond bond, DateOnly spotSettlementDate, DateOnly deliveryDate)
    {
        var definition = bond.Bond;
        if (spotSettlementDate < definition.IssueDate)
            throw new DomainException($"spot settlement {spotSettlementDate:yyyy-MM-dd} is before the issue date {definition.IssueDate:yyyy-MM-dd}", "spotSettlementDate");
        if (spotSettlementDate >= definition.MaturityDate)
            throw new DomainException($"spot settlement {spotSettlementDate:yyyy-MM-dd} is on or after maturity {definition.MaturityDate:yyyy-MM-dd}", "spotSettlementDate");
        if (deliveryDate < spotSettlementDate)
            throw new DomainException($"delivery {deliveryDate:yyyy-MM-dd} is before spot settlement {spotSettlementDate:yyyy-MM-dd}", "deliveryDate");
        if (deliveryDate >= definition.MaturityDate)
            throw new DomainException($"delivery {deliveryDate:yyyy-MM-dd} must be before maturity {definition.MaturityDate:yyyy-MM-dd}: a bond cannot be delivered on or after it redeems", "deliveryDate");

        var coupons = new List<IntermediateCoupon>();
        foreach (var date in bond.Schedule.Dates[1..])
        {
            // The coupon on the spot date was the spot seller's; the one on the delivery date is the forward seller's.
            if (date > spotSettlementDate && date <= deliveryDate) coupons.Add(new IntermediateCoupon(date, definition.CouponPerPeriod));
        }
        return new BondForward(bond, spotSettlementDate, deliveryDate,
            SettlementPosition.Of(bond, spotSettlementDate).AccruedInterest,
            SettlementPosition.Of(bond, deliveryDate).AccruedInterest,
            coupons.AsReadOnly());
    }
}
