using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The bond calculator page.
public static class BondCalculatorTexts
{
    public static readonly LocalizedText Title = new("债券计算器", "Bond calculator");
    public static readonly LocalizedText Intro = new("按银行间市场惯例，由收益率求价格或由净价求收益率，并给出久期、凸性与 DV01（每百元面值）。",
        "Price from yield or yield from clean price by the China inter-bank convention, with duration, convexity and DV01 (per 100 face).");
    public static readonly LocalizedText DemoBond = new("选择演示债券", "Pick a demo bond");
    public static readonly LocalizedText TypeYourOwn = new("手动输入", "Type your own");
    public static readonly LocalizedText Government = new("国债", "Government bonds");
    public static readonly LocalizedText PolicyBank = new("国开债", "CDB bonds");
    public static readonly LocalizedText Ncd = new("同业存单", "NCDs");
    public static readonly LocalizedText Discount = new("贴现", "discount");
    public static readonly LocalizedText Kind = new("债券类型", "Bond type");
    public static readonly LocalizedText Fixed = new("固定利率", "Fixed coupon");
    public static readonly LocalizedText Zero = new("零息/贴现", "Zero / discount");
    public static readonly LocalizedText CouponRate = new("票面利率（%）", "Coupon rate (%)");
    public static readonly LocalizedText Frequency = new("付息频率（次/年）", "Payments a year");
    public static readonly LocalizedText IssueDate = new("起息日", "Issue date");
    public static readonly LocalizedText MaturityDate = new("到期日", "Maturity date");
    public static readonly LocalizedText SettlementDate = new("结算日", "Settlement date");
    public static readonly LocalizedText Input = new("输入", "Input");
    public static readonly LocalizedText ByYield = new("收益率（%）", "Yield (%)");
    public static readonly LocalizedText ByCleanPrice = new("净价", "Clean price");
    public static readonly LocalizedText Calculate = new("计算", "Calculate");
    public static readonly LocalizedText CleanPrice = new("净价", "Clean price");
    public static readonly LocalizedText DirtyPrice = new("全价", "Dirty price");
    public static readonly LocalizedText Accrued = new("应计利息", "Accrued interest");
    public static readonly LocalizedText Yield = new("到期收益率（%）", "Yield to maturity (%)");
    public static readonly LocalizedText ISpread = new("I 利差（bp，对演示国债曲线）", "I-spread to demo govt curve (bp)");
    public static readonly LocalizedText Macaulay = new("麦考利久期", "Macaulay duration");
    public static readonly LocalizedText Modified = new("修正久期", "Modified duration");
    public static readonly LocalizedText Convexity = new("凸性", "Convexity");
    public static readonly LocalizedText Dv01 = new("DV01（元/百元面值）", "DV01 (per 100 face)");
    public static readonly LocalizedText CashFlows = new("剩余现金流", "Remaining cash flows");
    public static readonly LocalizedText PaymentDate = new("支付日", "Payment date");
    public static readonly LocalizedText Coupon = new("利息", "Coupon");
    public static readonly LocalizedText Principal = new("本金", "Principal");
    public static readonly LocalizedText Years = new("期限（年）", "Years");
    public static readonly LocalizedText DiscountFactor = new("贴现因子", "Discount factor");
    public static readonly LocalizedText PresentValue = new("现值", "Present value");
}
