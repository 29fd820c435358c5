namespace Platform.SharedKernel.Calendars;

/// <summary>
/// Extends a calendar past the years its data covers, for long-dated schedules (a 10-year swap, a 30-year bond) whose
/// holidays are not yet announced. Beyond the data, weekends are closed, and so are the fixed-date holidays New Year's
/// Day (1 January), Labour Day (1–3 May) and National Day (1–7 October) on weekdays; Spring Festival, Qingming, Dragon
/// Boat and Mid-Autumn follow the lunar calendar and are not projected, and no working weekend is assumed. Inside the
/// data the calendar is unchanged. The result says so in its name and version.
/// </summary>
public static class CalendarProjection
{
    public static readonly DateOnly ProjectedUntil = new(2100, 12, 31);

    public static BusinessCalendar Project(BusinessCalendar calendar)
    {
        var closed = new List<DateOnly>();
        var open = new List<DateOnly>();
        for (var date = calendar.FirstCoveredDate; date <= calendar.LastCoveredDate; date = date.AddDays(1))
        {
            var weekend = CalendarText.IsWeekend(date);
            var business = calendar.IsBusinessDay(date);
            if (!weekend && !business) closed.Add(date);
            else if (weekend && business) open.Add(date);
        }
        for (var date = calendar.LastCoveredDate.AddDays(1); date <= ProjectedUntil; date = date.AddDays(1))
            if (!CalendarText.IsWeekend(date) && IsFixedDateHoliday(date)) closed.Add(date);
        return BusinessCalendar.Create(calendar.Name + "+projected", $"{calendar.Version}; projected after {CalendarText.Iso(calendar.LastCoveredDate)}",
            calendar.FirstCoveredDate, ProjectedUntil, closed, open);
    }

    private static bool IsFixedDateHoliday(DateOnly date) => (date.Month, date.Day) switch
    {
        (1, 1) => true,
        (5, <= 3) => true,
        (10, <= 7) => true,
        _ => false,
    };
}
