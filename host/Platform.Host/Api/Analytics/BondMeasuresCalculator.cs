using Platform.Analytics.Bonds;
using Platform.Analytics.DayCounts;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.Host.Api.Analytics;

/// Turns an API request into the library's types and prices it. Problems with the bond are reported under
/// <c>bond.&lt;field&gt;</c>, the rest under their own names. A plain fixed bond takes the fast fixed-bond pricer;
/// stubs, amortising, option and floating bonds the general cash-flow pricer (measures per 100 outstanding face).
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
            case "fixed" when !HasCouponBondTerms(bond) && IsRegular(bond):
                var resolved = new ResolvedFixedBond(FixedBond(bond));
                return request.Yield is { } yield
                    ? ChinaFixedBondPricer.FromYield(resolved, request.SettlementDate, yield)
                    : ChinaFixedBondPricer.FromCleanPrice(resolved, request.SettlementDate, request.CleanPrice!.Value);
            case "fixed" or "amortising" or "floating":
                var general = CouponBondRequest.Resolve(bond, request.SettlementDate);
                var measures = request.Yield is { } y
                    ? CashFlowBondPricer.FromYield(general, request.SettlementDate, y)
                    : CashFlowBondPricer.FromCleanPrice(general, request.SettlementDate, request.CleanPrice!.Value);
                return measures.Quoted;
            default:
                throw new ValidationFailedException("bond.kind", new LocalizedText(
                    $"未知债券类型 '{bond.Kind}'，可选 fixed、zero、amortising、floating", $"unknown bond kind '{bond.Kind}'; use fixed, zero, amortising or floating").Current);
        }
    }

    /// Terms only the general pricer handles (a floater's terms on a fixed bond go there too, to be refused, not ignored).
    private static bool HasCouponBondTerms(BondDefinitionDto bond) =>
        bond.FirstCoupon is not null || bond.Repayments is { Count: > 0 } || bond.Options is { Count: > 0 }
        || bond.CouponResets is { Count: > 0 } || bond.ToExerciseDate is not null
        || bond.Index is not null || bond.Spread is not null || bond.Cap is not null || bond.Floor is not null || bond.FixingLag is not null || bond.Fixings is { Count: > 0 };

    /// Whether the issue date is on the schedule counted back from maturity (else a first stub). Incomplete or bad
    /// input counts as regular, so that the fixed-bond path reports it exactly as before.
    private static bool IsRegular(BondDefinitionDto bond)
    {
        if (bond.IssueDate is not { } issue || bond.Frequency is not (1 or 2 or 4 or 12) || bond.MaturityDate <= issue) return true;
        var months = 12 / bond.Frequency.Value;
        var periods = (bond.MaturityDate.Year - issue.Year) * 12 + bond.MaturityDate.Month - issue.Month;
        return periods % months == 0 && bond.MaturityDate.AddMonths(-periods) == issue;
    }

    internal static FixedCouponBond FixedBond(BondDefinitionDto bond)
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
