using Platform.SharedKernel.Calendars;

namespace Platform.Web.Calendars;

/// Whether one market is open on a date, and its next business day; or that the calendar does not cover the date,
/// which the page says rather than guessing.
public sealed record MarketDayStatus(string Calendar, bool Covered, bool IsBusinessDay, DateOnly? NextBusinessDay)
{
    public static MarketDayStatus On(IBusinessCalendar calendar, DateOnly date)
    {
        if (date < calendar.FirstCoveredDate || date > calendar.LastCoveredDate)
            return new(calendar.Name, false, false, null);
        return new(calendar.Name, true, calendar.IsBusinessDay(date), NextWithin(calendar, date));
    }

    // Scans rather than calling Advance, which throws when the next business day lies past the data (late December).
    private static DateOnly? NextWithin(IBusinessCalendar calendar, DateOnly date)
    {
        for (var d = date.AddDays(1); d <= calendar.LastCoveredDate; d = d.AddDays(1))
        {
            if (calendar.IsBusinessDay(d))
                return d;
        }
        return null;
    }
}
