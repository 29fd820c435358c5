using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// Derivatives capture (衍生品录入): the swap and standard bond forward forms, their live preview and the booked list.
public static class DerivativeTexts
{
    public static readonly LocalizedText Title = new("衍生品录入", "Derivatives capture");
    public static readonly LocalizedText Intro = new("银行间成交后录入利率互换与标准债券远期：实时生成条款并做事前检查，通过后记入账簿，由上海清算所集中清算。",
        "Capture interest-rate swaps and standard bond forwards after the CFETS deal: the terms and pre-trade checks are computed as you type; a capture that passes is booked and cleared centrally at SHCH.");
    public static readonly LocalizedText SwapTab = new("利率互换 IRS", "Interest-rate swap (IRS)");
    public static readonly LocalizedText ForwardTab = new("标准债券远期", "Standard bond forward");
    public static readonly LocalizedText Terms = new("交易要素", "Terms");
    public static readonly LocalizedText Convention = new("互换品种", "Convention");
    public static readonly LocalizedText Direction = new("方向", "Direction");
    public static readonly LocalizedText Notional = new("名义本金（万元）", "Notional (万元)");
    public static readonly LocalizedText FixedRate = new("固定利率（%）", "Fixed rate (%)");
    public static readonly LocalizedText Tenor = new("期限", "Tenor");
    public static readonly LocalizedText TenorPlaceholder = new("如 3M、1Y、5Y", "such as 3M, 1Y, 5Y");
    public static readonly LocalizedText Spread = new("利差（基点）", "Spread (bp)");
    public static readonly LocalizedText DealNumber = new("CFETS 成交编号", "CFETS deal number");
    public static readonly LocalizedText Contract = new("合约", "Contract");
    public static readonly LocalizedText ContractPlaceholder = new("选择挂牌合约", "Choose a listed contract");
    public static readonly LocalizedText ContractDates = new("最后交易日 {0}，交割日 {1}", "last trading day {0}, delivery {1}");
    public static readonly LocalizedText NoContracts = new("该交易日没有挂牌合约", "No contract is listed on this trade date");
    public static readonly LocalizedText NotionalBond = new("名义券：票面利率 {0}%，每年付息 {1} 次，期限 {2} 年；{3}",
        "Notional bond: {0}% coupon, {1} a year, {2} years; {3}");
    public static readonly LocalizedText Face = new("券面总额（万元）", "Face (万元)");
    public static readonly LocalizedText FaceHint = new("每手 100 万元", "whole contracts of 100 万");
    public static readonly LocalizedText Price = new("远期净价（每百元面值）", "Forward clean price (per 100)");
    public static readonly LocalizedText ForwardPrice = new("远期净价", "Forward price");
    public static readonly LocalizedText SwapIncomplete = new("填写名义本金、固定利率、期限、交易对手、账簿和交易日后自动试算。",
        "Fill in the notional, fixed rate, tenor, counterparty, book and trade date to see the terms.");
    public static readonly LocalizedText ForwardIncomplete = new("选择合约，填写面额、价格、交易对手、账簿和交易日后自动试算。",
        "Choose a contract and fill in the face, price, counterparty, book and trade date to see the terms.");
    public static readonly LocalizedText FloatingIndex = new("浮动利率", "Floating index");
    public static readonly LocalizedText NotionalYuan = new("名义本金（元）", "Notional (yuan)");
    public static readonly LocalizedText FaceYuan = new("券面总额（元）", "Face (yuan)");
    public static readonly LocalizedText FixedRateShown = new("固定利率 / 利差", "Fixed rate / spread");
    public static readonly LocalizedText EffectiveDate = new("起息日", "Effective date");
    public static readonly LocalizedText MaturityDate = new("到期日", "Maturity date");
    public static readonly LocalizedText FirstPayment = new("首次支付日", "First payment");
    public static readonly LocalizedText Periods = new("计息期数", "Periods");
    public static readonly LocalizedText FixedLeg = new("固定端", "Fixed leg");
    public static readonly LocalizedText FloatingLeg = new("浮动端", "Floating leg");
    public static readonly LocalizedText Leg = new("每 {0} 个月支付，{1}", "every {0} months, {1}");
    public static readonly LocalizedText ResetTenor = new("重置频率", "Reset tenor");
    public static readonly LocalizedText Calendar = new("日历", "Calendar");
    public static readonly LocalizedText ClearingHouse = new("清算机构", "Clearing house");
    public static readonly LocalizedText LastTradingDay = new("最后交易日", "Last trading day");
    public static readonly LocalizedText DeliveryDate = new("交割日", "Delivery date");
    public static readonly LocalizedText ImpliedYield = new("隐含收益率", "Implied yield");
    public static readonly LocalizedText Settlement = new("交割方式", "Settlement");
    public static readonly LocalizedText Book = new("记账", "Book");
    public static readonly LocalizedText BookBlocked = new("有未通过的检查，不能记账", "A check fails: the capture cannot be booked");
    public static readonly LocalizedText Booked = new("已记账，成交编号 {0}", "Booked as {0}");
    public static readonly LocalizedText List = new("已录入的衍生品", "Booked derivatives");
    public static readonly LocalizedText ListBook = new("账簿", "Book");
    public static readonly LocalizedText AllKinds = new("全部", "All");
    public static readonly LocalizedText TradeId = new("成交编号", "Trade");
    public static readonly LocalizedText Kind = new("品种", "Kind");
    public static readonly LocalizedText Instrument = new("约定 / 合约", "Instrument");
    public static readonly LocalizedText NotionalOrFace = new("名义本金 / 面额（万元）", "Notional / face (万元)");
    public static readonly LocalizedText RateOrPrice = new("固定利率 / 价格", "Rate / price");
    public static readonly LocalizedText TradeDate = new("交易日", "Trade date");
    public static readonly LocalizedText MaturityOrDelivery = new("到期日 / 交割日", "Maturity / delivery");
    public static readonly LocalizedText Counterparty = new("交易对手", "Counterparty");
    public static readonly LocalizedText BookedAt = new("记账时间", "Booked");
    public static readonly LocalizedText Total = new("共 {0} 笔", "{0} derivatives");
}
