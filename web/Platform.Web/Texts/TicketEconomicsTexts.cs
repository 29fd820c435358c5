using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// What a ticket's price means: the figures of the live preview and of a submitted ticket.
public static class TicketEconomicsTexts
{
    public static readonly LocalizedText CleanPrice = new("净价", "Clean price");
    public static readonly LocalizedText FullPrice = new("全价", "Full price");
    public static readonly LocalizedText YieldToMaturity = new("到期收益率", "Yield to maturity");
    public static readonly LocalizedText YieldToExercise = new("行权收益率", "Yield to exercise");
    public static readonly LocalizedText Accrued = new("应计利息（每百元）", "Accrued (per 100)");
    public static readonly LocalizedText AccruedAmount = new("应计利息金额（元）", "Accrued amount (yuan)");
    public static readonly LocalizedText SettlementAmount = new("结算金额（元）", "Settlement amount (yuan)");
    public static readonly LocalizedText TradeDate = new("交易日", "Trade date");
    public static readonly LocalizedText SettlementDate = new("结算日", "Settlement date");
    public static readonly LocalizedText Deviation = new("偏离估值", "Deviation from valuation");
    public static readonly LocalizedText Valuation = new("估值", "Valuation");
    public static readonly LocalizedText ValuationOf = new("{0} 净价 {1}，收益率 {2}", "{0}: clean {1}, yield {2}");
    public static readonly LocalizedText NoValuation = new("无估值", "No valuation");
    public static readonly LocalizedText Dv01 = new("DV01（元）", "DV01 (yuan)");
}
