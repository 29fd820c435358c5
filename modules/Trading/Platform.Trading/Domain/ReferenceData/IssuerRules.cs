using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Trading.Domain.ReferenceData;

/// What an issuer must satisfy: an id, names, a known kind, a valid unified social credit code when given, a rating on the scale.
public static class IssuerRules
{
    public static readonly IReadOnlyList<string> Kinds = ["Sovereign", "LocalGovernment", "PolicyBank", "Bank", "CentralSoe", "LocalSoe", "Private", "Spv"];

    public static void Check(IssuerView issuer, FieldProblems problems)
    {
        BondRules.Id(issuer.IssuerId, "issuerId", problems);
        if (string.IsNullOrWhiteSpace(issuer.Name) || issuer.Name.Length > 200) problems.Add("name", new("名称不能为空且最多 200 个字符", "name is required, at most 200 characters"));
        if (string.IsNullOrWhiteSpace(issuer.ShortName) || issuer.ShortName.Length > 100) problems.Add("shortName", new("简称不能为空且最多 100 个字符", "shortName is required, at most 100 characters"));
        if (!Kinds.Contains(issuer.IssuerKind))
            problems.Add("issuerKind", new($"未知发行人类型 '{issuer.IssuerKind}'，可选 {string.Join("、", Kinds)}", $"unknown issuerKind '{issuer.IssuerKind}'; use one of {string.Join(", ", Kinds)}"));
        if (string.IsNullOrWhiteSpace(issuer.Sector) || issuer.Sector.Length > 60) problems.Add("sector", new("行业不能为空且最多 60 个字符", "sector is required, at most 60 characters"));
        if (issuer.CreditCode is { } code && !CreditCodeRules.IsValid(code))
            problems.Add("creditCode", new($"统一社会信用代码 '{code}' 无效（18 位且校验位正确）", $"unified social credit code '{code}' is not valid (18 characters with a correct check character)"));
        if (issuer.Rating is { } rating && !Ratings.IsValid(rating))
            problems.Add("rating", new($"评级 '{rating}' 不在评级表内", $"rating '{rating}' is not on the scale"));
    }
}
