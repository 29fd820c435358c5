using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// Recording an approved ticket's execution (录入成交).
public static class ExecutionTexts
{
    public static readonly LocalizedText Title = new("录入成交", "Record execution");
    public static readonly LocalizedText Hint = new("审批已通过。在 CFETS 成交后，录入成交编号与成交价格，系统即记账。",
        "The ticket is approved. Once it is done on CFETS, record the deal number and the executed price to book the trade.");
    public static readonly LocalizedText DealNumber = new("CFETS 成交编号", "CFETS deal number");
    public static readonly LocalizedText ExecutedPrice = new("成交{0}（{1}）", "Executed {0} ({1})");
    public static readonly LocalizedText Submit = new("录入成交", "Record execution");
    public static readonly LocalizedText Recorded = new("已成交，成交编号 {0}", "Executed: trade {0}");
    public static readonly LocalizedText PriceRequired = new("请输入成交价格", "Enter the executed price");
}
