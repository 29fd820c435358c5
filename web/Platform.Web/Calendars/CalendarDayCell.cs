namespace Platform.Web.Calendars;

/// One square of a month grid; <see cref="Date"/> is null for the padding before the 1st and after the last day.
public sealed record CalendarDayCell(DateOnly? Date, MarketDayKind Kind);
