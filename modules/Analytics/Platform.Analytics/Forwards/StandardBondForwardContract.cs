using Platform.Analytics.Bonds;
using Platform.SharedKernel;

namespace Platform.Analytics.Forwards;

/// One listed standard bond forward contract: the product's terms, the last trading day (the day the basket is
/// valued) and the delivery (final settlement) date, from which the notional bond runs its tenor.
public sealed class StandardBondForwardContract
{
    public StandardBondForwardTerms Terms { get; }
    public DateOnly LastTradingDay { get; }
    public DateOnly DeliveryDate { get; }

    /// The notional bond: the terms' coupon and frequency, maturing tenor years after delivery, valued at delivery.
    public ResolvedFixedBond NotionalBond { get; }

    private StandardBondForwardContract(StandardBondForwardTerms terms, DateOnly lastTradingDay, DateOnly deliveryDate, ResolvedFixedBond notionalBond) =>
        (Terms, LastTradingDay, DeliveryDate, NotionalBond) = (terms, lastTradingDay, deliveryDate, notionalBond);

    public static StandardBondForwardContract Of(StandardBondForwardTerms terms, DateOnly lastTradingDay, DateOnly deliveryDate)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (deliveryDate < lastTradingDay)
            throw new DomainException($"delivery {deliveryDate:yyyy-MM-dd} is before the last trading day {lastTradingDay:yyyy-MM-dd}", "deliveryDate");
        var maturity = deliveryDate.AddYears(terms.TenorYears);
        // Counted back from maturity, so a 29 February delivery gives a notional bond issued on the 28th (one day accrued)
        // rather than a stub the bond model refuses.
        var notional = FixedCouponBond.Of(terms.NotionalCouponRate, terms.Frequency, maturity.AddYears(-terms.TenorYears), maturity);
        return new StandardBondForwardContract(terms, lastTradingDay, deliveryDate, new ResolvedFixedBond(notional));
    }
}
