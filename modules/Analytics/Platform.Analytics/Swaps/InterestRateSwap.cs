using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;

namespace Platform.Analytics.Swaps;

/// A fixed-versus-floating CNY interest rate swap 利率互换 as traded: convention, direction, notional (decimal: money),
/// fixed rate and floating spread (doubles: rates), effective date and unadjusted termination date.
public sealed record InterestRateSwap
{
    public SwapConvention Convention { get; }
    public SwapDirection Direction { get; }
    public decimal Notional { get; }
    public double FixedRate { get; }
    public double Spread { get; }
    public DateOnly EffectiveDate { get; }
    public DateOnly TerminationDate { get; }

    private InterestRateSwap(SwapConvention convention, SwapDirection direction, decimal notional, double fixedRate, double spread, DateOnly effective, DateOnly termination) =>
        (Convention, Direction, Notional, FixedRate, Spread, EffectiveDate, TerminationDate) = (convention, direction, notional, fixedRate, spread, effective, termination);

    public static InterestRateSwap Of(SwapConvention convention, SwapDirection direction, decimal notional, double fixedRate,
        DateOnly effectiveDate, DateOnly terminationDate, double spread = 0)
    {
        if (!Enum.IsDefined(direction))
            throw new DomainException($"unknown swap direction {(int)direction}", "direction");
        if (notional <= 0 || notional > 1_000_000_000_000m)
            throw new DomainException($"notional must be above 0 and at most 1,000,000,000,000 yuan, was {notional}", "notional");
        if (!double.IsFinite(fixedRate) || fixedRate <= -0.2 || fixedRate >= 1)
            throw new DomainException($"fixed rate must be a decimal between -0.2 and 1 (0.0245 = 2.45 %), was {fixedRate}", "fixedRate");
        if (!double.IsFinite(spread) || Math.Abs(spread) >= 0.2)
            throw new DomainException($"floating spread must be a decimal below 0.2 in size (0.001 = 10 bp), was {spread}", "spread");
        if (terminationDate <= effectiveDate)
            throw new DomainException($"termination date {terminationDate:yyyy-MM-dd} must be after the effective date {effectiveDate:yyyy-MM-dd}", "terminationDate");
        if (terminationDate > effectiveDate.AddYears(50))
            throw new DomainException("a swap of more than 50 years is not supported", "terminationDate");
        return new(convention, direction, notional, fixedRate, spread, effectiveDate, terminationDate);
    }

    /// A swap quoted by tenor on a trade date: effective at spot (trade date + the convention's spot lag in business
    /// days), or a forward start after spot adjusted by the convention; termination = effective + tenor, unadjusted.
    public static InterestRateSwap OfTenor(SwapConvention convention, IBusinessCalendar calendar, DateOnly tradeDate, Tenor tenor,
        SwapDirection direction, decimal notional, double fixedRate, Tenor? forwardStart = null, double spread = 0)
    {
        var effective = EffectiveDateFor(convention, calendar, tradeDate, forwardStart);
        return Of(convention, direction, notional, fixedRate, effective, tenor.AddTo(effective), spread);
    }

    public static DateOnly EffectiveDateFor(SwapConvention convention, IBusinessCalendar calendar, DateOnly tradeDate, Tenor? forwardStart)
    {
        var spot = calendar.Advance(tradeDate, convention.SpotLagBusinessDays);
        return forwardStart is { } start ? calendar.Advance(spot, start, convention.Convention, false) : spot;
    }

    public ResolvedSwap Resolve(IBusinessCalendar calendar) => SwapResolver.Resolve(this, calendar);
}
