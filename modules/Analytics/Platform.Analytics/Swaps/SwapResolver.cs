using Platform.Analytics.DayCounts;
using Platform.Analytics.Schedules;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;

namespace Platform.Analytics.Swaps;

/// Generates both legs of a swap: backward from the termination date, the convention's business-day rule on every date
/// including the termination, no end-of-month rule, payment on the adjusted accrual end.
internal static class SwapResolver
{
    public static ResolvedSwap Resolve(InterestRateSwap swap, IBusinessCalendar calendar)
    {
        var c = swap.Convention;
        var fixedSchedule = Schedule(swap, calendar, c.FixedMonths);
        var floatingSchedule = c.Floating.PaymentMonths == c.FixedMonths ? fixedSchedule : Schedule(swap, calendar, c.Floating.PaymentMonths);
        var fixedPeriods = Periods(fixedSchedule, calendar, c.FixedMonths, c.FixedDayCount, null);
        var floatingPeriods = Periods(floatingSchedule, calendar, c.Floating.PaymentMonths, c.Floating.DayCount, c.Floating);
        return new ResolvedSwap(swap, fixedPeriods, floatingPeriods);
    }

    private static Schedule Schedule(InterestRateSwap swap, IBusinessCalendar calendar, int months) =>
        PeriodicSchedule.Of(swap.EffectiveDate, swap.TerminationDate, months, calendar, swap.Convention.Convention).Resolve();

    private static SwapPeriod[] Periods(Schedule schedule, IBusinessCalendar calendar, int months, DayCount dayCount, FloatingLegConvention? floating)
    {
        var periods = new SwapPeriod[schedule.Count];
        for (var i = 0; i < periods.Length; i++)
        {
            var p = schedule[i];
            var fraction = dayCount.YearFraction(p.Start, p.End, p.Start, p.End, 12 / months);
            if (floating is null)
            {
                periods[i] = new SwapPeriod(p.Start, p.End, p.End, fraction, default, default, [], []);
                continue;
            }
            var fixing = calendar.Advance(p.Start, -floating.FixingLagBusinessDays);
            var forecastEnd = floating.Style == FloatingRateStyle.IndexTenorRate
                ? calendar.Advance(p.Start, floating.IndexTenor, BusinessDayConvention.ModifiedFollowing, false)
                : p.End;
            var (resets, resetFixings) = floating.Style == FloatingRateStyle.CompoundedRepo
                ? Resets(p.Start, p.End, floating, calendar)
                : ([], []);
            periods[i] = new SwapPeriod(p.Start, p.End, p.End, fraction, fixing, forecastEnd, resets, resetFixings);
        }
        return periods;
    }

    /// Reset dates every <c>ResetDays</c> calendar days from the period start (the last reset runs to the period end),
    /// each fixed the lag in business days before it.
    private static (DateOnly[] Starts, DateOnly[] Fixings) Resets(DateOnly start, DateOnly end, FloatingLegConvention floating, IBusinessCalendar calendar)
    {
        if (floating.ResetDays < 1)
            throw new DomainException($"reset interval must be at least one day, was {floating.ResetDays}", "resetDays");
        var count = (end.DayNumber - start.DayNumber + floating.ResetDays - 1) / floating.ResetDays;
        var starts = new DateOnly[count];
        var fixings = new DateOnly[count];
        for (var k = 0; k < count; k++)
        {
            starts[k] = start.AddDays(k * floating.ResetDays);
            fixings[k] = calendar.Advance(starts[k], -floating.FixingLagBusinessDays);
        }
        return (starts, fixings);
    }
}
