using Platform.Analytics.Bonds;
using Platform.Analytics.Tests.Vectors;
using Xunit;

namespace Platform.Analytics.Tests;

/// shared/vectors/analytics/cn_zero_bond.json.
public sealed class CnZeroBondVectorTests
{
    private const string Family = "cn_zero_bond";

    public static TheoryData<string> Ids => VectorFile.Ids(Family);

    [Theory, MemberData(nameof(Ids))]
    public void Price_duration_dv01_and_yield_match_the_reference(string id)
    {
        var c = VectorFile.Case(Family, id);
        var i = c.GetProperty("inputs");
        var (maturity, settlement) = (i.Date("maturity_date"), i.Date("settlement_date"));

        var m = ChinaZeroBondPricer.FromYield(maturity, settlement, i.Number("yield"));
        var quoted = ChinaZeroBondPricer.FromPrice(maturity, settlement, i.Number("price_quote"));

        VectorFile.Near(c, "price", m.DirtyPrice);
        VectorFile.Near(c, "modified_duration", m.ModifiedDuration);
        VectorFile.Near(c, "dv01", m.Dv01);
        VectorFile.Near(c, "yield_from_price_quote", quoted.Yield);
    }
}
