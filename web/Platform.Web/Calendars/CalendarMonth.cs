using Platform.SharedKernel.Calendars;

namespace Platform.Web.Calendars;

/// A month of one market calendar laid out in weeks from Monday, as Chinese calendars print it.
public sealed record CalendarMonth(string Calendar, int Year, int Month, IReadOnlyList<IReadOnlyList<CalendarDayCell>> Weeks)
{
    public static CalendarMonth Of(IBusinessCalendar calendar, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        int daysInMonth = DateTime.DaysInMonth(year, month);
        int leading = ((int)first.DayOfWeek + 6) % 7;   // Monday = 0
        var cells = new List<CalendarDayCell>(42);
        cells.AddRange(Enumerable.Repeat(new CalendarDayCell(null, MarketDayKind.NotCovered), leading));
        for (int day = 0; day < daysInMonth; day++)
        {
            var date = first.AddDays(day);
            cells.Add(new CalendarDayCell(date, KindOf(calendar, date)));
        }
        while (cells.Count % 7 != 0)
            cells.Add(new CalendarDayCell(null, MarketDayKind.NotCovered));
        return new(calendar.Name, year, month, [.. cells.Chunk(7).Select(week => (IReadOnlyList<CalendarDayCell>)week)]);
    }

    /// The years a year selector may offer: those in which every listed calendar has data.
    public static IReadOnlyList<int> CoveredYears(params IBusinessCalendar[] calendars) =>
        calendars.Length == 0 ? []
        : [.. Enumerable.Range(calendars.Max(c => c.FirstCoveredDate.Year),
                Math.Max(0, calendars.Min(c => c.LastCoveredDate.Year) - calendars.Max(c => c.FirstCoveredDate.Year) + 1))];

    public static MarketDayKind KindOf(IBusinessCalendar calendar, DateOnly date)
    {
        if (date < calendar.FirstCoveredDate || date > calendar.LastCoveredDate)
            return MarketDayKind.NotCovered;
        bool weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return (weekend, calendar.IsBusinessDay(date)) switch
        {
            (false, true) => MarketDayKind.BusinessDay,
            (false, false) => MarketDayKind.Holiday,
            (true, true) => MarketDayKind.WorkingWeekend,
            (true, false) => MarketDayKind.Weekend,
        };
    }
}
