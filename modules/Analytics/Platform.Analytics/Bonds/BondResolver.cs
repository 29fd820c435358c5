using Platform.Analytics.DayCounts;
using Platform.Analytics.Indices;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;

namespace Platform.Analytics.Bonds;

/// Turns a coupon bond's terms into amounts per 100 original face: the outstanding principal after each repayment,
/// each period's rate (fixed with its resets, or index + spread from the fixings) and its coupon on the outstanding.
internal static class BondResolver
{
    public static ResolvedCashFlowBond Resolve(CouponBond bond, FixingHistory fixings, DateOnly asOf)
    {
        var floating = bond.FloatingCoupon;
        var series = floating is null ? null : fixings.For(floating.Index.Name);
        double? assumed = series is null ? null : series.LatestOnOrBefore(asOf);
        var accruals = bond.Periods;
        var periods = new List<BondPeriod>(accruals.Length);
        double outstanding = 100;
        var rate = bond.FixedRate ?? 0;
        var f = bond.Frequency.PerYear;
        for (var i = 0; i < accruals.Length; i++)
        {
            var a = accruals[i];
            var principal = a.End == bond.MaturityDate ? outstanding : Repayment(bond, a.End);
            if (floating is null)
                rate = ResetRate(bond, a.Start, rate);
            var live = floating is null || a.End > asOf;   // a floater's past periods need no fixing
            if (live)
            {
                DateOnly? fixingDate = null;
                var assumedRate = false;
                if (floating is not null)
                    (rate, fixingDate, assumedRate) = FloatingRate(floating, series!, a.Start, asOf, assumed!.Value);
                // A fixed bond's regular period pays C/f whatever its accrual day count (as ChinaFixedBondPricer); a floater on a
                // money-market day count (ACT/360, ACT/365F) pays rate × that year fraction, as such notes do.
                var years = a.IsStub || floating is not null && bond.DayCount != DayCount.ActActIcma ? PeriodYears(bond.DayCount, a, f) : 1.0 / f;
                periods.Add(new BondPeriod(a, rate, rate * outstanding * years, principal, outstanding, fixingDate, assumedRate));
            }
            outstanding -= principal;
        }
        if (periods.Count == 0)
            throw new DomainException($"the bond matured on {bond.MaturityDate:yyyy-MM-dd}, before {asOf:yyyy-MM-dd}: nothing is left to price", "settlementDate");
        return new ResolvedCashFlowBond(bond, [.. periods], assumed, null);
    }

    /// A period's length in years by the bond's day count: ICMA counts notional periods, the others count days.
    internal static double PeriodYears(DayCount dayCount, in AccrualPeriod a, int frequency) =>
        dayCount == DayCount.ActActIcma ? a.PeriodsTo(a.End) / frequency : dayCount.YearFraction(a.Start, a.End);

    private static double Repayment(CouponBond bond, DateOnly date)
    {
        foreach (var r in bond.Repayments)
            if (r.Date == date) return r.PercentOfOriginalFace;
        return 0;
    }

    private static double ResetRate(CouponBond bond, DateOnly periodStart, double rate)
    {
        foreach (var r in bond.CouponResets)
            if (r.Date == periodStart && r.NewCouponRate is { } newRate) return newRate;
        return rate;
    }

    /// The business day the fixing is taken on; a calendar that does not cover it says which year to add, and the
    /// settlement date is blamed (it is what asks for that fixing).
    private static DateOnly FixingDate(FloatingCoupon coupon, DateOnly start)
    {
        var calendar = MarketCalendars.ByName(coupon.Index.CalendarName);
        try
        {
            return coupon.FixingLagBusinessDays == 0
                ? calendar.Adjust(start, BusinessDayConvention.Preceding)
                : calendar.Advance(start, -coupon.FixingLagBusinessDays);
        }
        catch (DomainException ex)
        {
            throw new DomainException($"the fixing date of the period from {start:yyyy-MM-dd}: {ex.Message}", "settlementDate");
        }
    }

    /// A period's rate: from its fixing when that is known by <paramref name="asOf"/>, else the assumed base rate.
    /// Daily fixings (SHIBOR, FR) must exist on the fixing date; step rates (LPR, deposit) take the one in force.
    private static (double Rate, DateOnly? FixingDate, bool Assumed) FloatingRate(FloatingCoupon coupon, FixingSeries series, DateOnly start, DateOnly asOf, double assumed)
    {
        // A fixing date is at most ten business days (three calendar weeks with a holiday) before the start: a period
        // starting more than a month after asOf is surely not fixed yet, and needs no calendar (whose data ends soon).
        if (start.AddDays(-31) > asOf)
            return (coupon.Rate(assumed), null, true);
        var fixingDate = FixingDate(coupon, start);
        if (fixingDate > asOf)
            return (coupon.Rate(assumed), fixingDate, true);
        var fixing = coupon.Index.IsStepRate ? series.LatestOnOrBefore(fixingDate) : series.On(fixingDate);
        return (coupon.Rate(fixing), fixingDate, false);
    }
}
