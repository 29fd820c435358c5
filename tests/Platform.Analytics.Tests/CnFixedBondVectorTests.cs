using Platform.Analytics.Bonds;
using Platform.Analytics.Tests.Vectors;
using Xunit;

namespace Platform.Analytics.Tests;

/// shared/vectors/analytics/cn_fixed_bond.json: QuantLib 1.29 with the China final-period formula.
public sealed class CnFixedBondVectorTests
{
    private const string Family = "cn_fixed_bond";

    public static TheoryData<string> Ids => VectorFile.Ids(Family);

    private static (ResolvedFixedBond Bond, DateOnly Settlement, System.Text.Json.JsonElement Case) Load(string id)
    {
        var c = VectorFile.Case(Family, id);
        var i = c.GetProperty("inputs");
        var bond = FixedCouponBond.Of(i.Number("coupon_rate"), CouponFrequency.Of(i.GetProperty("coupon_frequency").GetInt32()),
            i.Date("issue_date"), i.Date("maturity_date"));
        return (new ResolvedFixedBond(bond), i.Date("settlement_date"), c);
    }

    [Theory, MemberData(nameof(Ids))]
    public void Measures_from_yield_match_the_reference(string id)
    {
        var (bond, settlement, c) = Load(id);

        var m = ChinaFixedBondPricer.FromYield(bond, settlement, c.GetProperty("inputs").Number("yield"));

        VectorFile.Near(c, "accrued_interest", m.AccruedInterest);
        VectorFile.Near(c, "clean_price", m.CleanPrice);
        VectorFile.Near(c, "dirty_price", m.DirtyPrice);
        VectorFile.Near(c, "macaulay_duration", m.MacaulayDuration);
        VectorFile.Near(c, "modified_duration", m.ModifiedDuration);
        VectorFile.Near(c, "convexity", m.Convexity);
        VectorFile.Near(c, "dv01", m.Dv01);
    }

    [Theory, MemberData(nameof(Ids))]
    public void Yield_from_the_quoted_clean_price_matches_the_reference(string id)
    {
        var (bond, settlement, c) = Load(id);

        var m = ChinaFixedBondPricer.FromCleanPrice(bond, settlement, c.GetProperty("inputs").Number("clean_price_quote"));

        VectorFile.Near(c, "yield_from_clean_price_quote", m.Yield);
    }

    [Theory, MemberData(nameof(Ids))]
    public void Schedule_position_matches_the_reference(string id)
    {
        var (bond, settlement, c) = Load(id);
        var expected = c.GetProperty("expected");

        var p = SettlementPosition.Of(bond, settlement);

        Assert.Equal(expected.Date("previous_coupon_date"), p.PreviousCoupon);
        Assert.Equal(expected.Date("next_coupon_date"), p.NextCoupon);
        Assert.Equal(expected.GetProperty("remaining_payments").GetInt32(), p.RemainingPayments);
        Assert.Equal(expected.GetProperty("in_final_coupon_period").GetBoolean(), p.InFinalCouponPeriod);
    }
}
