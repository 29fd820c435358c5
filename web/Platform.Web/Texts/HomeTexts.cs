using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The workspace page.
public static class HomeTexts
{
    public static readonly LocalizedText Title = new("我的工作台", "My workspace");
    public static readonly LocalizedText Greeting = new("您好，{0}", "Hello, {0}");
    public static readonly LocalizedText YourRoles = new("您的角色", "Your roles");
    public static readonly LocalizedText Today = new("今天（北京时间）", "Today (Beijing time)");
    public static readonly LocalizedText TodayOnMarkets = new("今日市场", "Markets today");
    public static readonly LocalizedText BusinessDay = new("交易日", "Business day");
    public static readonly LocalizedText NotBusinessDay = new("休市", "Closed");
    public static readonly LocalizedText NotCovered = new("日历数据未覆盖今天，请补充当年节假日安排", "Today is outside the calendar data: add this year's holiday schedule");
    public static readonly LocalizedText NextBusinessDay = new("下一交易日 {0}", "Next business day {0}");
    public static readonly LocalizedText DateFormat = new("yyyy年M月d日 dddd", "dddd, d MMMM yyyy");
}
