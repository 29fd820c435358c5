using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;

namespace Platform.Web.Components.Pages.Trading;

/// The trade dates the front-office forms start with. A new ticket's: today in Beijing while the inter-bank market can
/// still trade today (a business day, before its last session closes at 20:00), else the next business day, so that a
/// ticket entered in the evening, at a weekend or on a holiday is for the next day the market opens.
public static class TradeDates
{
    private static readonly TimeSpan LastClose = TimeSpan.FromHours(20);

    public static DateOnly DefaultFor(DateTimeOffset now)
    {
        var local = ChinaTime.ToChinaTime(now);
        var today = DateOnly.FromDateTime(local.DateTime);
        var calendar = MarketCalendars.CnInterbank;
        // Outside the calendar's years nothing can be said: today, and the desk's validation names the problem.
        if (today < calendar.FirstCoveredDate || today >= calendar.LastCoveredDate)
            return today;
        return calendar.IsBusinessDay(today) && local.TimeOfDay < LastClose ? today : calendar.NextBusinessDay(today);
    }

    /// The trade date a derivative capture starts with: it is keyed after the deal, so today in Beijing when the
    /// inter-bank market opened today, else the last business day before (the desk refuses a trade date ahead of today).
    public static DateOnly CaptureDefaultFor(DateOnly today)
    {
        var calendar = MarketCalendars.CnInterbank;
        if (today <= calendar.FirstCoveredDate || today >= calendar.LastCoveredDate)
            return today;
        return calendar.IsBusinessDay(today) ? today : calendar.PreviousBusinessDay(today);
    }
}
