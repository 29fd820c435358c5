using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The blotter (成交与持仓): a book's positions and trades, live.
public static class BlotterTexts
{
    public static readonly LocalizedText Title = new("成交与持仓", "Blotter");
    public static readonly LocalizedText Intro = new("所选账簿的持仓（按最新估值）与成交，记账后即时更新。",
        "The chosen book's positions (on the latest valuation) and trades, updated as soon as a trade is booked.");
    public static readonly LocalizedText Book = new("账簿", "Book");
    public static readonly LocalizedText Live = new("实时", "Live");
    public static readonly LocalizedText UpdatedAt = new("更新于 {0}", "Updated {0}");
    public static readonly LocalizedText Positions = new("持仓", "Positions");
    public static readonly LocalizedText Trades = new("成交", "Trades");
    public static readonly LocalizedText Bond = new("债券", "Bond");
    public static readonly LocalizedText Type = new("类型", "Type");
    public static readonly LocalizedText Face = new("持仓面额（万元）", "Face (万元)");
    public static readonly LocalizedText Reserved = new("待卖面额（万元）", "Promised (万元)");
    public static readonly LocalizedText CleanPrice = new("估值净价", "Clean price");
    public static readonly LocalizedText Yield = new("估值收益率", "Yield");
    public static readonly LocalizedText CleanValue = new("净价市值（元）", "Clean MV (yuan)");
    public static readonly LocalizedText DirtyValue = new("全价市值（元）", "Dirty MV (yuan)");
    public static readonly LocalizedText Accrued = new("应计利息（元）", "Accrued (yuan)");
    public static readonly LocalizedText Dv01 = new("DV01（元）", "DV01 (yuan)");
    public static readonly LocalizedText ValuationDate = new("估值日 {0}", "valued {0}");
    public static readonly LocalizedText Totals = new("合计", "Total");
    public static readonly LocalizedText AverageCost = new("平均成本", "Avg cost");
    public static readonly LocalizedText AmortisedCost = new("摊余成本（元）", "Amortised (yuan)");
    public static readonly LocalizedText Realised = new("已实现（元）", "Realised (yuan)");
    public static readonly LocalizedText UnrealisedOrOci = new("浮盈 / OCI（元）", "Unrealised / OCI (yuan)");
    public static readonly LocalizedText UnrealisedOrOciHint = new("交易性（FVTPL）为计入损益的浮动盈亏；FVOCI 为公允价值高于摊余成本的部分，计入其他综合收益；AC 不按公允价值计量",
        "FVTPL: the price move to profit or loss; FVOCI: fair value over amortised cost, to other comprehensive income; AC: not measured at fair value");
    public static readonly LocalizedText Carry = new("日持有收益（元）", "Carry 1d (yuan)");
    public static readonly LocalizedText TradeId = new("成交编号", "Trade");
    public static readonly LocalizedText BookedAt = new("记账时间", "Booked");
    public static readonly LocalizedText Direction = new("方向", "Direction");
    public static readonly LocalizedText TradeFace = new("券面总额（万元）", "Face (万元)");
    public static readonly LocalizedText TradeClean = new("净价", "Clean price");
    public static readonly LocalizedText TradeYield = new("收益率", "Yield");
    public static readonly LocalizedText Amount = new("结算金额（元）", "Amount (yuan)");
    public static readonly LocalizedText Counterparty = new("交易对手", "Counterparty");
    public static readonly LocalizedText DealNumber = new("CFETS 成交编号", "CFETS deal");
    public static readonly LocalizedText TradesTotal = new("共 {0} 笔成交", "{0} trades");
    public static readonly LocalizedText NoBooks = new("没有账簿", "No books");
}
