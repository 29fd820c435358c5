using System.Text.Json;
using Platform.Analytics.Bonds;
using Platform.Analytics.Forwards;
using Platform.Analytics.Tests.Vectors;
using Xunit;

namespace Platform.Analytics.Tests;

/// shared/vectors/analytics/bond_forward.json: QuantLib 1.29 cash flows and accrued with the plain carry formula.
public sealed class BondForwardVectorTests
{
    private const string Family = "bond_forward";

    public static TheoryData<string> Ids => VectorFile.Ids(Family);

    private static (BondForward Forward, JsonElement Inputs, JsonElement Case) Load(string id)
    {
        var c = VectorFile.Case(Family, id);
        var i = c.GetProperty("inputs");
        var b = i.GetProperty("bond");
        Assert.Equal(100.0, b.Number("face"));   // the library prices per 100 face
        var bond = FixedCouponBond.Of(b.Number("coupon_rate"), CouponFrequency.Of(b.GetProperty("coupon_frequency").GetInt32()),
            b.Date("issue_date"), b.Date("maturity_date"));
        return (BondForward.Of(new ResolvedFixedBond(bond), i.Date("spot_settlement_date"), i.Date("delivery_date")), i, c);
    }

    [Theory, MemberData(nameof(Ids))]
    public void Forward_price_at_the_repo_rate_matches_the_reference(string id)
    {
        var (forward, i, c) = Load(id);

        var p = BondForwardPricer.Price(forward, i.Number("spot_clean_price"), i.Number("repo_rate"));

        VectorFile.Near(c, "spot_accrued", p.SpotAccrued);
        VectorFile.Near(c, "spot_dirty_price", p.SpotDirtyPrice);
        VectorFile.Near(c, "pv_intermediate_coupons", p.PvIntermediateCoupons);
        VectorFile.Near(c, "forward_dirty_price", p.ForwardDirtyPrice);
        VectorFile.Near(c, "delivery_accrued", p.DeliveryAccrued);
        VectorFile.Near(c, "forward_clean_price", p.ForwardCleanPrice);
    }

    [Theory, MemberData(nameof(Ids))]
    public void Intermediate_coupons_match_the_reference_dates_exactly_and_amounts_within_tolerance(string id)
    {
        var (forward, i, c) = Load(id);
        var expected = c.GetProperty("expected").GetProperty("intermediate_coupons").EnumerateArray().ToList();
        Assert.Equal("exact", c.GetProperty("tolerance").GetProperty("dates").GetString());
        var tolerance = c.GetProperty("tolerance").Number("intermediate_coupons.amount");

        var coupons = BondForwardPricer.Price(forward, i.Number("spot_clean_price"), i.Number("repo_rate")).IntermediateCoupons;

        Assert.Equal(expected.Select(e => e.Date("payment_date")), coupons.Select(x => x.PaymentDate));
        Assert.All(expected.Zip(coupons), pair => Assert.True(Math.Abs(pair.Second.Amount - pair.First.Number("amount")) <= tolerance,
            $"{id} coupon {pair.First.Date("payment_date")}: expected {pair.First.Number("amount"):R}, got {pair.Second.Amount:R}"));
    }

    [Theory, MemberData(nameof(Ids))]
    public void Implied_repo_from_the_quoted_forward_clean_price_matches_the_reference(string id)
    {
        var (forward, i, c) = Load(id);

        var repo = BondForwardPricer.ImpliedRepoRate(forward, i.Number("spot_clean_price"), i.Number("forward_clean_quote"));

        VectorFile.Near(c, "implied_repo_rate", repo);
    }
}
