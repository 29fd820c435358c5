namespace Platform.Web.Calendars;

/// How a day looks on a market calendar: the weekend rule, and the two kinds of exception to it.
public enum MarketDayKind
{
    BusinessDay,
    Weekend,
    /// A Monday–Friday on which the market is closed 节假日休市.
    Holiday,
    /// A Saturday or Sunday on which the market is open 调休工作日.
    WorkingWeekend,
    /// Outside the dates the calendar's data covers: unknown, not assumed open.
    NotCovered,
}
