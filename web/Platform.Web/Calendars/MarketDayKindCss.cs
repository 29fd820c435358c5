namespace Platform.Web.Calendars;

/// The CSS class suffix (calendar-…) for each kind of day, shared by the grid and its legend so the colours agree.
public static class MarketDayKindCss
{
    public static string Of(MarketDayKind kind) => kind switch
    {
        MarketDayKind.BusinessDay => "business",
        MarketDayKind.Weekend => "weekend",
        MarketDayKind.Holiday => "holiday",
        MarketDayKind.WorkingWeekend => "working-weekend",
        _ => "not-covered",
    };
}
