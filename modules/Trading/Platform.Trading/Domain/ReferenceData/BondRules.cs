using Platform.Analytics.Bonds;
using Platform.Analytics.DayCounts;
using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Pricing;

namespace Platform.Trading.Domain.ReferenceData;

/// What a bond's terms must satisfy before it is stored: known type and coupon type, dates in order, coupon and
/// frequency that Analytics can price, codes on known markets, ratings on the scale, and a consistent option.
public static class BondRules
{
    /// <paramref name="priceable"/>: also price the terms once (skip when some field could not be read).
    public static void Check(BondView bond, FieldProblems problems, bool priceable = true)
    {
        Id(bond.BondId, "bondId", problems);
        if (string.IsNullOrWhiteSpace(bond.ShortName) || bond.ShortName.Length > 100)
            problems.Add("shortName", new("简称不能为空且最多 100 个字符", "shortName is required, at most 100 characters"));
        if (bond.FullName.Length > 300) problems.Add("fullName", new("全称最多 300 个字符", "fullName must be at most 300 characters"));
        if (!BondTypes.All.Contains(bond.BondType))
            problems.Add("bondType", new($"未知债券类型 '{bond.BondType}'，可选 {string.Join("、", BondTypes.All)}", $"unknown bondType '{bond.BondType}'; use one of {string.Join(", ", BondTypes.All)}"));
        if (!CouponTypes.All.Contains(bond.CouponType))
            problems.Add("couponType", new($"未知付息方式 '{bond.CouponType}'，可选 Fixed、Zero", $"unknown couponType '{bond.CouponType}'; use Fixed or Zero"));
        if (bond.MaturityDate <= bond.IssueDate)
            problems.Add("maturityDate", new($"到期日 {bond.MaturityDate:yyyy-MM-dd} 须晚于起息日 {bond.IssueDate:yyyy-MM-dd}", $"maturityDate {bond.MaturityDate:yyyy-MM-dd} must be after issueDate {bond.IssueDate:yyyy-MM-dd}"));
        if (bond.CouponType == CouponTypes.Fixed)
        {
            if (bond.CouponRate is not { } rate || rate < 0 || rate >= 0.5m)
                problems.Add("couponRate", new("固定利率债须给出 0 到 50 之间的票面利率（%）", "a fixed-coupon bond needs couponRate between 0 and 50 (%)"));
            if (bond.Frequency is not (1 or 2 or 4 or 12))
                problems.Add("frequency", new("付息频率须为 1、2、4 或 12（每年次数）", "frequency must be 1, 2, 4 or 12 coupons a year"));
        }
        else if (bond.CouponType == CouponTypes.Zero && (bond.CouponRate is not null || bond.Frequency != 0))
            problems.Add("couponRate", new("零息/贴现债不设票面利率，付息频率为 0", "a zero-coupon bond has no couponRate and frequency 0"));
        try { DayCounts.Parse(bond.DayCount); }
        catch (DomainException) { problems.Add("dayCount", new($"未知计息基准 '{bond.DayCount}'", $"unknown dayCount '{bond.DayCount}'")); }
        if (bond.IssueSizeYi <= 0) problems.Add("issueSizeYi", new("发行规模（亿元）须大于 0", "issueSizeYi must be above 0"));
        if (bond.MinFaceWan <= 0) problems.Add("minFaceWan", new("最小交易面额（万元）须大于 0", "minFaceWan must be above 0"));
        foreach (var (field, rating) in new[] { ("externalRating", bond.ExternalRating), ("impliedRating", bond.ImpliedRating) })
            if (rating is not null && !Ratings.IsValid(rating))
                problems.Add(field, new($"评级 '{rating}' 不在评级表内", $"rating '{rating}' is not on the scale ({string.Join(", ", Ratings.Scale)})"));
        CheckOption(bond, problems);
        if (bond.Isin is { } isin && !IsinRules.IsValid(isin))
            problems.Add("isin", new($"ISIN '{isin}' 无效（12 位且校验位正确）", $"ISIN '{isin}' is not valid (12 characters with a correct check digit)"));
        CheckCodes(bond, problems);
        if (priceable && !problems.Any) CheckPriceable(bond, problems);
    }

    public static void Id(string id, string field, FieldProblems problems)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 40 || id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
            problems.Add(field, new($"{field} 须为 1 到 40 个字母、数字、'.'、'-' 或 '_'", $"{field} must be 1 to 40 letters, digits, '.', '-' or '_'"));
    }

    private static void CheckOption(BondView bond, FieldProblems problems)
    {
        if (bond.OptionKind is null)
        {
            if (bond.OptionDate is not null) problems.Add("optionKind", new("给出了行权日却未给出含权类型（Call 或 Put）", "optionDate is given without optionKind (Call or Put)"));
            return;
        }
        if (bond.OptionKind is not ("Call" or "Put"))
            problems.Add("optionKind", new($"未知含权类型 '{bond.OptionKind}'，可选 Call、Put", $"unknown optionKind '{bond.OptionKind}'; use Call or Put"));
        if (bond.OptionDate is not { } date || date <= bond.IssueDate || date >= bond.MaturityDate)
            problems.Add("optionDate", new("含权债须给出起息日与到期日之间的行权日", "a bond with an option needs optionDate between issueDate and maturityDate"));
        if (bond.CouponType != CouponTypes.Fixed) problems.Add("optionKind", new("仅固定利率债可含权", "only fixed-coupon bonds may carry an option"));
    }

    private static void CheckCodes(BondView bond, FieldProblems problems)
    {
        if (bond.Codes.Count == 0) problems.Add("codes", new("至少需要一个市场代码，如 CFETS:250205", "at least one market code is needed, e.g. CFETS:250205"));
        foreach (var code in bond.Codes)
        {
            if (!Markets.All.Contains(code.Market))
                problems.Add("codes", new($"未知市场 '{code.Market}'，可选 CFETS、SSE、SZSE", $"unknown market '{code.Market}'; use CFETS, SSE or SZSE"));
            else if (code.Code.Length is < 6 or > 12 || !code.Code.All(char.IsAsciiLetterOrDigit))
                problems.Add("codes", new($"{code.Market} 代码 '{code.Code}' 须为 6 到 12 位字母或数字", $"{code.Market} code '{code.Code}' must be 6 to 12 letters or digits"));
        }
        foreach (var twice in bond.Codes.GroupBy(c => c.Market).Where(g => g.Count() > 1))
            problems.Add("codes", new($"市场 {twice.Key} 只能有一个代码", $"one code per market: {twice.Key} is given twice"));
    }

    /// Terms that pass every field check must also be priceable: a schedule Analytics can build.
    private static void CheckPriceable(BondView bond, FieldProblems problems)
    {
        try
        {
            var priced = PricedBond.Of(bond);
            var settlement = bond.IssueDate.AddDays(1) < bond.MaturityDate ? bond.IssueDate.AddDays(1) : bond.IssueDate;
            if (settlement < bond.MaturityDate) priced.FromYield(settlement, 0.02);
        }
        catch (DomainException ex)
        {
            problems.Add(ex.Field ?? "terms", new($"条款无法定价：{ex.Message}", $"the terms cannot be priced: {ex.Message}"));
        }
    }
}
