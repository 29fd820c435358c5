using Platform.Analytics.Bonds;
using Platform.Analytics.DayCounts;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.Host.Api.Analytics;

/// Turns an API request into the library's types and prices it. Problems with the bond are reported under
/// <c>bond.&lt;field&gt;</c>, the rest under their own names.
internal static class BondMeasuresCalculator
{
    public static BondMeasures Calculate(BondMeasuresRequest request)
    {
        if (request.Yield.HasValue == request.CleanPrice.HasValue)
            throw new ValidationFailedException("yield", new LocalizedText("请给出收益率或净价（二者之一）", "give either yield or cleanPrice, not both or neither").Current);
        var bond = request.Bond;
        switch (bond.Kind)
        {
            case "zero":
                return request.Yield is { } zeroYield
                    ? ChinaZeroBondPricer.FromYield(bond.MaturityDate, request.SettlementDate, zeroYield)
                    : ChinaZeroBondPricer.FromPrice(bond.MaturityDate, request.SettlementDate, request.CleanPrice!.Value);
            case "fixed":
                var resolved = new ResolvedFixedBond(FixedBond(bond));
                return request.Yield is { } yield
                    ? ChinaFixedBondPricer.FromYield(resolved, request.SettlementDate, yield)
                    : ChinaFixedBondPricer.FromCleanPrice(resolved, request.SettlementDate, request.CleanPrice!.Value);
            default:
                throw new ValidationFailedException("bond.kind", new LocalizedText($"未知债券类型 '{bond.Kind}'，可选 fixed、zero", $"unknown bond kind '{bond.Kind}'; use fixed or zero").Current);
        }
    }

    private static FixedCouponBond FixedBond(BondDefinitionDto bond)
    {
        var missing = new Dictionary<string, string[]>();
        if (bond.CouponRate is null) missing["bond.couponRate"] = [Required("couponRate")];
        if (bond.Frequency is null) missing["bond.frequency"] = [Required("frequency")];
        if (bond.IssueDate is null) missing["bond.issueDate"] = [Required("issueDate")];
        if (missing.Count > 0) throw new ValidationFailedException(missing);
        try
        {
            return FixedCouponBond.Of(bond.CouponRate!.Value, CouponFrequency.Of(bond.Frequency!.Value), bond.IssueDate!.Value, bond.MaturityDate,
                bond.DayCount is null ? DayCount.ActActIcma : DayCounts.Parse(bond.DayCount));
        }
        catch (DomainException ex) when (ex.Field is not null)
        {
            throw new ValidationFailedException("bond." + ex.Field, ex.Message);
        }
    }

    private static string Required(string field) => new LocalizedText($"固定利率债券须给出 {field}", $"a fixed bond needs {field}").Current;
}
