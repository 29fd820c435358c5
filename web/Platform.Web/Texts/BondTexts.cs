using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The bond list and its drawer: terms, codes and valuations.
public static class BondTexts
{
    public static readonly LocalizedText Title = new("债券", "Bonds");
    public static readonly LocalizedText Intro = new("银行间及交易所债券的条款、代码、评级与估值。点击一行查看详情。",
        "Terms, codes, ratings and valuations of inter-bank and exchange bonds. Click a row for the details.");
    public static readonly LocalizedText AllTypes = new("全部类型", "All types");
    public static readonly LocalizedText SearchPlaceholder = new("按代码、简称或全称搜索", "Search by code or name");
    public static readonly LocalizedText BondId = new("债券代码", "Bond id");
    public static readonly LocalizedText ShortName = new("简称", "Short name");
    public static readonly LocalizedText FullName = new("全称", "Full name");
    public static readonly LocalizedText Type = new("类型", "Type");
    public static readonly LocalizedText Issuer = new("发行人", "Issuer");
    public static readonly LocalizedText Coupon = new("票面利率", "Coupon");
    public static readonly LocalizedText CouponType = new("付息方式", "Coupon type");
    public static readonly LocalizedText FixedCoupon = new("固定利率", "Fixed");
    public static readonly LocalizedText ZeroCoupon = new("零息/贴现", "Zero / discount");
    public static readonly LocalizedText Frequency = new("年付息次数", "Coupons a year");
    public static readonly LocalizedText DayCount = new("计息基准", "Day count");
    public static readonly LocalizedText IssueDate = new("起息日", "Issue date");
    public static readonly LocalizedText Maturity = new("到期日", "Maturity");
    public static readonly LocalizedText IssueSize = new("发行规模（亿元）", "Issue size (亿元)");
    public static readonly LocalizedText MinFace = new("最小面额（万元）", "Minimum face (万元)");
    public static readonly LocalizedText Ratings = new("评级（外部 / 隐含）", "Ratings (external / implied)");
    public static readonly LocalizedText ExternalRating = new("外部评级", "External rating");
    public static readonly LocalizedText ImpliedRating = new("隐含评级", "Implied rating");
    public static readonly LocalizedText Option = new("含权条款", "Option");
    public static readonly LocalizedText Call = new("赎回权", "Call");
    public static readonly LocalizedText Put = new("回售权", "Put");
    public static readonly LocalizedText OptionTerms = new("{0} {1}，价格 {2}", "{0} on {1} at {2}");
    public static readonly LocalizedText Isin = new("ISIN", "ISIN");
    public static readonly LocalizedText Codes = new("代码（市场:代码）", "Codes (market:code)");
    public static readonly LocalizedText Terms = new("条款", "Terms");
    public static readonly LocalizedText LatestValuation = new("最新估值（{0}，{1}）", "Latest valuation ({0}, {1})");
    public static readonly LocalizedText NoValuations = new("近一年没有估值", "No valuations in the last year");
    public static readonly LocalizedText ValuationHistory = new("近一年估值", "Valuations over the last year");
    public static readonly LocalizedText CleanPrice = new("净价", "Clean price");
    public static readonly LocalizedText DirtyPrice = new("全价", "Dirty price");
    public static readonly LocalizedText Accrued = new("应计利息", "Accrued interest");
    public static readonly LocalizedText Yield = new("收益率（%）", "Yield (%)");
    public static readonly LocalizedText ModifiedDuration = new("修正久期", "Modified duration");
    public static readonly LocalizedText Total = new("共 {0} 只债券", "{0} bonds");
}
