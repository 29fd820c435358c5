using Platform.Analytics.Curves;
using Platform.Analytics.DayCounts;
using Platform.Analytics.Indices;
using Platform.SharedKernel;

namespace Platform.Analytics.Swaps;

/// Prices a resolved swap: payments after the curve's valuation date are discounted on the discount curve; floating
/// rates come from the fixings where they are fixed before the valuation date (or on it, when published) and are
/// forecast on the forward curve otherwise (see <see cref="FloatingRateStyle"/>). Doubles: analytics values.
public static class SwapPricer
{
    private const double OneBasisPoint = 1e-4;

    public static SwapMeasures Price(ResolvedSwap swap, IDiscountCurve discount, IDiscountCurve? forward = null, FixingSeries? fixings = null)
    {
        forward ??= discount;
        var annuity = FixedAnnuity(swap, discount);
        var floatingAnnuity = FloatingAnnuity(swap, discount);
        var floatingPv = swap.Notional * (FloatingRatePv(swap, discount, forward, fixings) + swap.Swap.Spread * floatingAnnuity);
        var fixedPv = swap.Notional * swap.Swap.FixedRate * annuity;
        var sign = swap.PayerSign;
        return new SwapMeasures(
            sign * (floatingPv - fixedPv),
            annuity > 0 ? floatingPv / (swap.Notional * annuity) : double.NaN,
            Math.Abs(fixedPv),
            Math.Abs(floatingPv),
            -sign * OneBasisPoint * swap.Notional * annuity,
            sign * OneBasisPoint * swap.Notional * floatingAnnuity);
    }

    /// The fixed rate that makes the swap worth nothing (without building the measures): what a curve bootstrap needs.
    public static double ParRate(ResolvedSwap swap, IDiscountCurve discount, IDiscountCurve forward) =>
        (FloatingRatePv(swap, discount, forward, null) + swap.Swap.Spread * FloatingAnnuity(swap, discount)) / FixedAnnuity(swap, discount);

    /// Σ τ_i·DF(pay_i) over the fixed payments still to come.
    internal static double FixedAnnuity(ResolvedSwap swap, IDiscountCurve discount)
    {
        var valuation = discount.ValuationDate;
        double sum = 0;
        var periods = swap.FixedPeriods;
        for (var i = 0; i < periods.Count; i++)   // indexed: a foreach over the interface would box its enumerator
            if (periods[i].PaymentDate > valuation) sum += periods[i].YearFraction * discount.DiscountFactor(periods[i].PaymentDate);
        return sum;
    }

    private static double FloatingAnnuity(ResolvedSwap swap, IDiscountCurve discount)
    {
        var valuation = discount.ValuationDate;
        double sum = 0;
        var periods = swap.FloatingPeriods;
        for (var i = 0; i < periods.Count; i++)
            if (periods[i].PaymentDate > valuation) sum += periods[i].YearFraction * discount.DiscountFactor(periods[i].PaymentDate);
        return sum;
    }

    /// Σ (floating rate × τ)·DF(pay) per unit notional, without the spread.
    private static double FloatingRatePv(ResolvedSwap swap, IDiscountCurve discount, IDiscountCurve forward, FixingSeries? fixings)
    {
        var valuation = discount.ValuationDate;
        var floating = swap.Swap.Convention.Floating;
        double sum = 0;
        var periods = swap.FloatingPeriods;
        for (var i = 0; i < periods.Count; i++)
            if (periods[i].PaymentDate > valuation)
                sum += AccruedRate(periods[i], floating, valuation, forward, fixings) * discount.DiscountFactor(periods[i].PaymentDate);
        return sum;
    }

    /// Every payment still to come on both legs, with its rate, amount and present value: the swap's cash-flow table.
    /// Amounts are signed from the holder's side. Their present values add up to the NPV.
    public static IReadOnlyList<SwapCashFlow> CashFlows(ResolvedSwap swap, IDiscountCurve discount, IDiscountCurve? forward = null, FixingSeries? fixings = null)
    {
        forward ??= discount;
        var valuation = discount.ValuationDate;
        var floating = swap.Swap.Convention.Floating;
        var sign = swap.PayerSign;
        var flows = new List<SwapCashFlow>(swap.FixedPeriods.Count + swap.FloatingPeriods.Count);
        foreach (var p in swap.FixedPeriods)
        {
            if (p.PaymentDate <= valuation) continue;
            var amount = -sign * swap.Notional * swap.Swap.FixedRate * p.YearFraction;
            flows.Add(new SwapCashFlow(SwapLeg.Fixed, p.AccrualStart, p.AccrualEnd, p.PaymentDate, p.YearFraction, swap.Swap.FixedRate, amount, discount.DiscountFactor(p.PaymentDate)));
        }
        foreach (var p in swap.FloatingPeriods)
        {
            if (p.PaymentDate <= valuation) continue;
            var rate = AccruedRate(p, floating, valuation, forward, fixings) / p.YearFraction + swap.Swap.Spread;
            flows.Add(new SwapCashFlow(SwapLeg.Floating, p.AccrualStart, p.AccrualEnd, p.PaymentDate, p.YearFraction, rate,
                sign * swap.Notional * rate * p.YearFraction, discount.DiscountFactor(p.PaymentDate)));
        }
        return flows;
    }

    /// A floating period's rate × τ (without the spread): fixed where the fixings say so, forecast otherwise.
    private static double AccruedRate(in SwapPeriod p, FloatingLegConvention floating, DateOnly valuation, IDiscountCurve forward, FixingSeries? fixings) =>
        floating.Style switch
        {
            FloatingRateStyle.CompoundedRepo => CompoundedGrowth(p, floating, forward, fixings) - 1,
            FloatingRateStyle.TermRate => Rate(p.FixingDate, valuation, floating, fixings, out var rate)
                ? rate * p.YearFraction
                : forward.DiscountFactor(p.AccrualStart) / forward.DiscountFactor(p.AccrualEnd) - 1,
            _ => (Rate(p.FixingDate, valuation, floating, fixings, out var fixedRate)
                ? fixedRate
                : (forward.DiscountFactor(p.AccrualStart) / forward.DiscountFactor(p.ForecastEnd) - 1)
                  / floating.DayCount.YearFraction(p.AccrualStart, p.ForecastEnd, p.AccrualStart, p.ForecastEnd)) * p.YearFraction,
        };

    /// Π(1 + R_k·d_k/365) over the 7-day resets: fixed resets from the fixings, the rest forecast on the curve, where
    /// the product of simple forwards telescopes to DF(first forecast reset)/DF(period end).
    private static double CompoundedGrowth(in SwapPeriod p, FloatingLegConvention floating, IDiscountCurve forward, FixingSeries? fixings)
    {
        var valuation = forward.ValuationDate;
        double growth = 1;
        for (var k = 0; k < p.ResetStarts.Length; k++)
        {
            if (!Rate(p.ResetFixings[k], valuation, floating, fixings, out var rate))
                return growth * forward.DiscountFactor(p.ResetStarts[k]) / forward.DiscountFactor(p.AccrualEnd);
            var end = k + 1 < p.ResetStarts.Length ? p.ResetStarts[k + 1] : p.AccrualEnd;
            growth *= 1 + rate * (end.DayNumber - p.ResetStarts[k].DayNumber) / 365.0;
        }
        return growth;
    }

    /// A fixing already known: required before the valuation date, used on it when published. Step rates (LPR, the
    /// deposit rate) take the latest published on or before the fixing date.
    private static bool Rate(DateOnly fixingDate, DateOnly valuation, FloatingLegConvention floating, FixingSeries? fixings, out double rate)
    {
        rate = 0;
        if (fixingDate > valuation) return false;
        if (floating.Style == FloatingRateStyle.IndexTenorRate)
        {
            if (fixings is not null && fixings.TryLatestOnOrBefore(fixingDate, out var published, out rate) && published.DayNumber >= fixingDate.DayNumber - 45)
                return true;
        }
        else if (fixings is not null && fixings.TryGet(fixingDate, out rate))
            return true;
        if (fixingDate == valuation) return false;   // today's fixing not yet published: forecast it
        throw new DomainException($"no {floating.IndexName} fixing for {fixingDate:yyyy-MM-dd}, needed by a period that has started; load the fixing history", "fixings");
    }
}
