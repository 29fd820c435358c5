using Platform.SharedKernel;
using Platform.Web.Calendars;

namespace Platform.Web.Texts;

/// The market calendar page.
public static class CalendarTexts
{
    public static readonly LocalizedText Title = new("交易日历", "Market calendar");
    public static readonly LocalizedText Intro = new(
        "银行间市场在调休的周末照常交易，交易所在所有周末休市。",
        "The inter-bank market opens on working weekends (调休); the exchanges close on every weekend.");
    public static readonly LocalizedText Year = new("年份", "Year");
    public static readonly LocalizedText Month = new("月份", "Month");
    public static readonly LocalizedText PreviousMonth = new("上月", "Previous month");
    public static readonly LocalizedText NextMonth = new("下月", "Next month");
    public static readonly LocalizedText Interbank = new("银行间市场", "Inter-bank market");
    public static readonly LocalizedText Exchange = new("交易所（沪深）", "Exchanges (Shanghai, Shenzhen)");
    public static readonly LocalizedText DataVersion = new("数据版本 {0}，覆盖 {1} 至 {2}", "Data version {0}, covering {1} to {2}");
    public static readonly LocalizedText MonthTitle = new("{0}年{1}月", "{2} {0}");
    public static readonly LocalizedText HolidaysThisMonth = new("本月休市 {0} 天，调休工作日 {1} 天", "{0} weekday closure(s) and {1} working weekend day(s) this month");
    public static readonly LocalizedText[] WeekdaysFromMonday =
    [
        new("一", "Mon"), new("二", "Tue"), new("三", "Wed"), new("四", "Thu"), new("五", "Fri"), new("六", "Sat"), new("日", "Sun"),
    ];

    public static LocalizedText Of(MarketDayKind kind) => kind switch
    {
        MarketDayKind.BusinessDay => new("交易日", "Business day"),
        MarketDayKind.Weekend => new("周末休市", "Weekend (closed)"),
        MarketDayKind.Holiday => new("节假日休市", "Holiday (closed)"),
        MarketDayKind.WorkingWeekend => new("调休工作日", "Working weekend (open)"),
        _ => new("未覆盖", "Not covered"),
    };
}
