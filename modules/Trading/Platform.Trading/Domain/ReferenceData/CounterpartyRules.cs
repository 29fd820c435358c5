using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Trading.Domain.ReferenceData;

/// What a counterparty must satisfy: an id, names, a CFETS member code, a known whitelist status, a credit line that
/// is not negative, and traders with names and CFETS ids.
public static class CounterpartyRules
{
    public static readonly IReadOnlyList<string> Kinds = ["Bank", "Securities", "Fund", "Insurance", "TrustCompany", "FinanceCompany", "Other"];

    public static void Check(CounterpartyView cp, FieldProblems problems)
    {
        BondRules.Id(cp.CounterpartyId, "counterpartyId", problems);
        if (string.IsNullOrWhiteSpace(cp.Name) || cp.Name.Length > 200) problems.Add("name", new("名称不能为空且最多 200 个字符", "name is required, at most 200 characters"));
        if (string.IsNullOrWhiteSpace(cp.ShortName) || cp.ShortName.Length > 100) problems.Add("shortName", new("简称不能为空且最多 100 个字符", "shortName is required, at most 100 characters"));
        if (cp.CfetsMemberCode.Length is < 4 or > 20 || !cp.CfetsMemberCode.All(char.IsAsciiLetterOrDigit))
            problems.Add("cfetsMemberCode", new("CFETS 会员代码须为 4 到 20 位字母或数字", "cfetsMemberCode must be 4 to 20 letters or digits"));
        if (!Kinds.Contains(cp.Kind)) problems.Add("kind", new($"未知机构类型 '{cp.Kind}'，可选 {string.Join("、", Kinds)}", $"unknown kind '{cp.Kind}'; use one of {string.Join(", ", Kinds)}"));
        CheckUpdate(new CounterpartyUpdate(cp.WhitelistStatus, cp.CreditLineWan, cp.RelatedParty), problems);
        foreach (var t in cp.Traders)
            if (string.IsNullOrWhiteSpace(t.TraderName) || t.TraderName.Length > 60 || string.IsNullOrWhiteSpace(t.CfetsTraderId) || t.CfetsTraderId.Length > 40)
                problems.Add("traders", new("交易员须写作 姓名:CFETS交易员号，以 ; 分隔", "traders must be name:cfetsTraderId pairs separated by ;"));
        foreach (var twice in cp.Traders.GroupBy(t => t.TraderName).Where(g => g.Count() > 1))
            problems.Add("traders", new($"交易员 {twice.Key} 重复", $"trader {twice.Key} is listed twice"));
    }

    public static void CheckUpdate(CounterpartyUpdate update, FieldProblems problems)
    {
        if (!WhitelistStatuses.All.Contains(update.WhitelistStatus))
            problems.Add("whitelistStatus", new($"未知白名单状态 '{update.WhitelistStatus}'，可选 Approved、Watch、Suspended", $"unknown whitelistStatus '{update.WhitelistStatus}'; use Approved, Watch or Suspended"));
        if (update.CreditLineWan < 0) problems.Add("creditLineWan", new("授信额度（万元）不能为负", "creditLineWan must not be negative"));
    }
}
