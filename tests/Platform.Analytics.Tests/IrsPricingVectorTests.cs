using Platform.Analytics.Curves.Bootstrap;
using Platform.Analytics.Swaps;
using Platform.Analytics.Tests.Vectors;
using Xunit;

namespace Platform.Analytics.Tests;

/// shared/vectors/analytics/irs_pricing.json: QuantLib 1.29 VanillaSwap on the curve bootstrapped from each case's quotes.
public sealed class IrsPricingVectorTests
{
    private const string Family = "irs_pricing";

    public static TheoryData<string> Ids => VectorFile.Ids(Family);

    private static (ResolvedSwap Swap, BootstrappedCurve Curve, System.Text.Json.JsonElement Case) Load(string id)
    {
        var c = VectorFile.Case(Family, id);
        var inputs = c.GetProperty("inputs");
        var s = inputs.GetProperty("swap");
        var direction = s.GetProperty("type").GetString() == "payer" ? SwapDirection.Payer : SwapDirection.Receiver;
        var swap = InterestRateSwap.Of(CnySwapConventions.Shibor3M, direction, (decimal)s.Number("notional"), s.Number("fixed_rate"),
            s.Date("effective_date"), s.Date("termination_date"));
        return (swap.Resolve(VectorCalendar.Of(Family)), CurveBootstrapVectorTests.Build(inputs, Family, "curve_quotes"), c);
    }

    [Theory, MemberData(nameof(Ids))]
    public void Swap_measures_match_the_reference(string id)
    {
        var (swap, curve, c) = Load(id);

        var m = SwapPricer.Price(swap, curve.Curve);

        VectorFile.Near(c, "npv", m.Npv);
        VectorFile.Near(c, "fair_rate", m.FairRate);
        VectorFile.Near(c, "fixed_leg_pv", m.FixedLegPv);
        VectorFile.Near(c, "floating_leg_pv", m.FloatingLegPv);
        VectorFile.Near(c, "fixed_leg_bps", m.FixedLegBps);
    }

    [Theory, MemberData(nameof(Ids))]
    public void Dv01_rebuilds_the_curve_with_every_quote_moved(string id)
    {
        var (swap, curve, c) = Load(id);

        var up = SwapPricer.Price(swap, curve.ParallelBumped(1e-4).Curve).Npv;
        var down = SwapPricer.Price(swap, curve.ParallelBumped(-1e-4).Curve).Npv;

        VectorFile.Near(c, "npv_quotes_up_1bp", up);
        VectorFile.Near(c, "npv_quotes_down_1bp", down);
        VectorFile.Near(c, "dv01", SwapRisk.Dv01(swap, curve));
    }

    [Theory, MemberData(nameof(Ids))]
    public void Schedule_matches_the_reference(string id)
    {
        var (swap, _, c) = Load(id);
        var expected = c.GetProperty("expected");

        Assert.Equal(expected.Date("maturity_date_adjusted"), swap.MaturityDate);
        var periods = expected.GetProperty("fixed_leg_periods").EnumerateArray().ToList();
        Assert.Equal(periods.Count, swap.FixedPeriods.Count);
        for (var i = 0; i < periods.Count; i++)
        {
            Assert.Equal(periods[i].Date("accrual_start"), swap.FixedPeriods[i].AccrualStart);
            Assert.Equal(periods[i].Date("payment_date"), swap.FixedPeriods[i].PaymentDate);
        }
    }
}
