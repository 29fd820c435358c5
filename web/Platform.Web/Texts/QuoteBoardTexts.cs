using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The dealer quote board (报价板): its filters and table.
public static class QuoteBoardTexts
{
    public static readonly LocalizedText Title = new("报价板", "Quote board");
    public static readonly LocalizedText Intro = new("交易员对各债券的买卖收益率报价，每 5 秒刷新。超过有效时间的报价为过期报价，默认不显示。",
        "Traders' bid and ask yields per bond, refreshed every 5 seconds. A quote older than its time limit is stale and hidden unless asked for.");
    public static readonly LocalizedText AllTypes = new("全部类型", "All types");
    public static readonly LocalizedText SearchPlaceholder = new("按债券代码、简称或交易员搜索", "Search by bond code, name or trader");
    public static readonly LocalizedText Search = new("搜索", "Search");
    public static readonly LocalizedText ShowStale = new("显示过期报价", "Show stale quotes");
    public static readonly LocalizedText Bond = new("债券", "Bond");
    public static readonly LocalizedText Type = new("类型", "Type");
    public static readonly LocalizedText Trader = new("交易员", "Trader");
    public static readonly LocalizedText Bid = new("买入收益率(%) / 面额(万元)", "Bid yield (%) / face (万元)");
    public static readonly LocalizedText Ask = new("卖出收益率(%) / 面额(万元)", "Ask yield (%) / face (万元)");
    public static readonly LocalizedText Valuation = new("估值收益率(%)", "Valuation yield (%)");
    public static readonly LocalizedText ValuationOf = new("{0} 估值", "Valuation of {0}");
    public static readonly LocalizedText Spread = new("中间价-估值(bp)", "Mid − valuation (bp)");
    public static readonly LocalizedText Age = new("报价时长", "Age");
    public static readonly LocalizedText PostedAt = new("报价时间 {0}", "Posted at {0}");
    public static readonly LocalizedText Remarks = new("备注", "Remarks");
    public static readonly LocalizedText Stale = new("过期", "Stale");
    public static readonly LocalizedText Actions = new("操作", "Actions");
    public static readonly LocalizedText Edit = new("修改", "Edit");
    public static readonly LocalizedText Withdraw = new("撤销", "Withdraw");
    public static readonly LocalizedText Withdrawn = new("已撤销 {0} 的报价", "Quote on {0} withdrawn");
    public static readonly LocalizedText Failed = new("操作失败：{0}", "Failed: {0}");
    public static readonly LocalizedText Total = new("共 {0} 条报价", "{0} quotes");
    public static readonly LocalizedText Empty = new("暂无报价", "No quotes");
}
