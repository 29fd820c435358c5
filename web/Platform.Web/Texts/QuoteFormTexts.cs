using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The form in which a trader posts, replaces or withdraws their quote on the quote board.
public static class QuoteFormTexts
{
    public static readonly LocalizedText Title = new("我的报价", "My quote");
    public static readonly LocalizedText Hint = new("每只债券每位交易员一条报价，再次发布即替换。按收益率报价：买入收益率须不低于卖出收益率；面额须为最小交易面额的整数倍。",
        "One quote per bond and trader; posting again replaces it. Quoting in yield, the bid yield must be at or above the ask yield; faces are multiples of the bond's minimum.");
    public static readonly LocalizedText Bond = new("债券", "Bond");
    public static readonly LocalizedText BondPlaceholder = new("输入代码或简称搜索", "Type a code or name to search");
    public static readonly LocalizedText BidYield = new("买入收益率(%)", "Bid yield (%)");
    public static readonly LocalizedText BidFace = new("买入面额(万元)", "Bid face (万元)");
    public static readonly LocalizedText AskYield = new("卖出收益率(%)", "Ask yield (%)");
    public static readonly LocalizedText AskFace = new("卖出面额(万元)", "Ask face (万元)");
    public static readonly LocalizedText MinFace = new("最小交易面额 {0} 万元", "Minimum face {0} 万");
    public static readonly LocalizedText Remarks = new("备注", "Remarks");
    public static readonly LocalizedText Post = new("发布报价", "Post quote");
    public static readonly LocalizedText Replace = new("替换报价", "Replace quote");
    public static readonly LocalizedText Withdraw = new("撤销报价", "Withdraw quote");
    public static readonly LocalizedText Clear = new("清空", "Clear");
    public static readonly LocalizedText Posted = new("已发布 {0} 的报价", "Quote on {0} posted");
    public static readonly LocalizedText PickBond = new("请选择债券", "Pick a bond");
    public static readonly LocalizedText HasQuote = new("您在该债券上已有报价（{0}），发布将替换它。", "You already quote this bond ({0}); posting replaces it.");
}
