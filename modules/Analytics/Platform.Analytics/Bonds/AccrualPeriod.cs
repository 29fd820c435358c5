using Platform.Analytics.Schedules;

namespace Platform.Analytics.Bonds;

/// One coupon period's dates and its length in regular (notional) periods by ACT/ACT ICMA: a regular period is one;
/// a short first period is its days over the notional period before the first coupon date; a long first period
/// counts its part in each of the two notional periods it spans (ICMA rule 251). <see cref="Break"/> is where a long
/// first period crosses from the first notional period into the second (the end for any other period).
public readonly record struct AccrualPeriod(DateOnly Start, DateOnly End, DateOnly Break, int FirstNotionalDays, int SecondNotionalDays, bool IsStub)
{
    /// Notional periods from <paramref name="from"/> to <see cref="End"/>: w of the yield formula when settling then.
    public double PeriodsFrom(DateOnly from) => from.DayNumber >= Break.DayNumber
        ? (End.DayNumber - from.DayNumber) / (double)SecondNotionalDays
        : (Break.DayNumber - from.DayNumber) / (double)FirstNotionalDays + (End.DayNumber - Break.DayNumber) / (double)SecondNotionalDays;

    /// Notional periods from <see cref="Start"/> to <paramref name="to"/>: what has accrued by then.
    public double PeriodsTo(DateOnly to) => to.DayNumber <= Break.DayNumber
        ? (to.DayNumber - Start.DayNumber) / (double)FirstNotionalDays
        : (Break.DayNumber - Start.DayNumber) / (double)FirstNotionalDays + (to.DayNumber - Break.DayNumber) / (double)SecondNotionalDays;

    /// The whole period in notional periods: 1 when regular.
    public double Periods => IsStub ? PeriodsTo(End) : 1.0;

    /// Periods from the issue date to maturity, backward from maturity every 12/f months, each date computed from
    /// maturity directly (as <see cref="CouponSchedule"/>); an issue date off that schedule makes a first stub.
    internal static AccrualPeriod[] Generate(DateOnly issue, DateOnly maturity, CouponFrequency frequency, StubConvention stub)
    {
        var months = frequency.MonthsPerPeriod;
        var dates = new List<DateOnly> { maturity };   // descending: maturity, …, the first schedule date after issue
        DateOnly before;
        for (var k = 1; ; k++)
        {
            before = maturity.AddMonths(-k * months);
            if (before <= issue) break;
            dates.Add(before);
        }
        dates.Reverse();
        var periods = new List<AccrualPeriod>(dates.Count);
        var regular = before == issue;
        var first = dates[0];
        if (regular)
            periods.Add(Regular(issue, first));
        else if (stub == StubConvention.LongInitial && dates.Count >= 2)
        {
            // The notional periods [before, first) and [first, second): the long period spans part of one and all of the other.
            periods.Add(new AccrualPeriod(issue, dates[1], first, first.DayNumber - before.DayNumber, dates[1].DayNumber - first.DayNumber, true));
            dates.RemoveAt(0);
        }
        else
        {
            var notional = first.DayNumber - before.DayNumber;
            periods.Add(new AccrualPeriod(issue, first, first, notional, notional, true));
        }
        for (var i = 1; i < dates.Count; i++)
            periods.Add(Regular(dates[i - 1], dates[i]));
        return [.. periods];
    }

    private static AccrualPeriod Regular(DateOnly start, DateOnly end)
    {
        var days = end.DayNumber - start.DayNumber;
        return new AccrualPeriod(start, end, end, days, days, false);
    }
}
