namespace Platform.Analytics.Bonds;

/// Coupon dates generated backward from maturity: d[0] = issue date, …, d[n] = maturity. Each date is computed from
/// maturity directly (maturity − k periods), so month-end clamping never drifts along the schedule.
public sealed class CouponSchedule
{
    private readonly DateOnly[] _dates;

    private CouponSchedule(DateOnly[] dates) => _dates = dates;

    public static CouponSchedule Backward(DateOnly issue, DateOnly maturity, CouponFrequency frequency)
    {
        var dates = new List<DateOnly> { maturity };
        for (var k = 1; ; k++)
        {
            var date = maturity.AddMonths(-k * frequency.MonthsPerPeriod);
            if (date <= issue) break;
            dates.Add(date);
        }
        dates.Add(issue);
        dates.Reverse();
        return new CouponSchedule([.. dates]);
    }

    public ReadOnlySpan<DateOnly> Dates => _dates;

    public DateOnly Maturity => _dates[^1];

    /// The index i of the period [d[i], d[i+1]) that holds <paramref name="date"/>; a coupon date starts its period.
    public int PeriodOf(DateOnly date)
    {
        var i = Array.BinarySearch(_dates, date);
        return i >= 0 ? i : ~i - 1;
    }
}
