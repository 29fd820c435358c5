using Platform.SharedKernel;

namespace Platform.Analytics.DayCounts;

/// Year fractions and the names conventions are written with. Year fractions are double: they feed analytics only.
public static class DayCounts
{
    private static readonly (string Name, DayCount DayCount)[] Names =
    [
        ("ACT/ACT-ICMA", DayCount.ActActIcma),
        ("ACT/365F", DayCount.Act365Fixed),
        ("ACT/360", DayCount.Act360),
        ("30/360", DayCount.Thirty360),
        ("ACT/365NL", DayCount.Act365NoLeap),
    ];

    public static string NameOf(this DayCount dayCount) => Names.First(n => n.DayCount == dayCount).Name;

    public static DayCount Parse(string? name) =>
        Names.FirstOrDefault(n => string.Equals(n.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } hit
            ? hit.DayCount
            : throw new DomainException($"unknown day count '{name}'; use one of {string.Join(", ", Names.Select(n => n.Name))}", "dayCount");

    /// The year fraction from <paramref name="start"/> to <paramref name="end"/>. ACT/ACT (ICMA) needs the coupon period
    /// that contains the dates and the coupon frequency; the other conventions ignore them.
    public static double YearFraction(this DayCount dayCount, DateOnly start, DateOnly end, DateOnly periodStart = default, DateOnly periodEnd = default, int frequency = 1)
    {
        var days = end.DayNumber - start.DayNumber;
        return dayCount switch
        {
            DayCount.Act365Fixed => days / 365.0,
            DayCount.Act360 => days / 360.0,
            DayCount.Act365NoLeap => (days - LeapDaysBetween(start, end)) / 365.0,
            DayCount.Thirty360 => Thirty360Days(start, end) / 360.0,
            DayCount.ActActIcma => periodEnd.DayNumber > periodStart.DayNumber
                ? days / (double)(periodEnd.DayNumber - periodStart.DayNumber) / frequency
                : throw new DomainException("ACT/ACT (ICMA) needs the coupon period the dates lie in", "dayCount"),
            _ => throw new DomainException($"unsupported day count {dayCount}", "dayCount"),
        };
    }

    /// 30/360 bond basis (ISDA 2006 4.16(f)): day 31 becomes 30, and the end's 31 only when the start is 30 or 31.
    private static int Thirty360Days(DateOnly start, DateOnly end)
    {
        var d1 = start.Day == 31 ? 30 : start.Day;
        var d2 = end.Day == 31 && d1 == 30 ? 30 : end.Day;
        return 360 * (end.Year - start.Year) + 30 * (end.Month - start.Month) + (d2 - d1);
    }

    /// 29 Februaries in (start, end].
    private static int LeapDaysBetween(DateOnly start, DateOnly end)
    {
        var count = 0;
        for (var year = start.Year; year <= end.Year; year++)
        {
            if (!DateTime.IsLeapYear(year)) continue;
            var leapDay = new DateOnly(year, 2, 29);
            if (leapDay > start && leapDay <= end) count++;
        }
        return count;
    }
}
