using System.Text.Json;
using Platform.Analytics.Curves;
using Platform.Analytics.Curves.Bootstrap;
using Platform.Analytics.Swaps;
using Platform.Analytics.Tests.Vectors;
using Platform.SharedKernel;
using Xunit;

namespace Platform.Analytics.Tests;

/// shared/vectors/analytics/curve_bootstrap_shibor3m.json: QuantLib 1.29 PiecewiseLogLinearDiscount from SHIBOR deposits
/// and SHIBOR 3M swaps on QuantLib's China(IB) calendar.
public sealed class CurveBootstrapVectorTests
{
    private const string Family = "curve_bootstrap_shibor3m";

    public static TheoryData<string> Ids => VectorFile.Ids(Family);

    internal static BootstrappedCurve Build(JsonElement inputs, string family, string quotesProperty)
    {
        var quotes = inputs.GetProperty(quotesProperty).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        return CurveBootstrapper.Bootstrap(CnyCurveTemplates.Shibor3M(), inputs.Date("trade_date"), quotes, VectorCalendar.Of(family));
    }

    [Theory, MemberData(nameof(Ids))]
    public void Instrument_dates_match_the_reference(string id)
    {
        var c = VectorFile.Case(Family, id);
        var built = Build(c.GetProperty("inputs"), Family, "quotes");
        var report = built.Report().ToDictionary(r => r.Label);

        foreach (var expected in c.GetProperty("expected").GetProperty("instruments").EnumerateArray())
        {
            var r = report[expected.GetProperty("instrument").GetString()!];
            Assert.Equal(expected.Date("start_date"), r.StartDate);
            Assert.Equal(expected.Date("maturity_date"), r.MaturityDate);
            Assert.Equal(expected.Date("pillar_date"), r.PillarDate);
        }
    }

    [Theory, MemberData(nameof(Ids))]
    public void Node_discount_factors_match_the_reference(string id)
    {
        var c = VectorFile.Case(Family, id);
        var curve = Build(c.GetProperty("inputs"), Family, "quotes").Curve;
        var tolerance = c.GetProperty("tolerance").Number("curve_nodes.discount_factor");

        foreach (var node in c.GetProperty("expected").GetProperty("curve_nodes").EnumerateArray())
            Near(id, $"DF {node.Date("date"):yyyy-MM-dd}", node.Number("discount_factor"), curve.DiscountFactor(node.Date("date")), tolerance);
    }

    [Theory, MemberData(nameof(Ids))]
    public void Discount_factors_and_zero_rates_between_nodes_match_the_reference(string id)
    {
        var c = VectorFile.Case(Family, id);
        var curve = Build(c.GetProperty("inputs"), Family, "quotes").Curve;
        var tolerance = c.GetProperty("tolerance");

        foreach (var point in c.GetProperty("expected").GetProperty("points").EnumerateArray())
        {
            var date = point.Date("date");
            Near(id, $"DF {date:yyyy-MM-dd}", point.Number("discount_factor"), curve.DiscountFactor(date), tolerance.Number("points.discount_factor"));
            Near(id, $"zero {date:yyyy-MM-dd}", point.Number("zero_rate_cont_act365f"), curve.ZeroRate(date), tolerance.Number("points.zero_rate_cont_act365f"));
        }
    }

    [Theory, MemberData(nameof(Ids))]
    public void The_curve_reprices_its_input_quotes(string id)
    {
        var c = VectorFile.Case(Family, id);
        var built = Build(c.GetProperty("inputs"), Family, "quotes");
        var expected = c.GetProperty("expected").GetProperty("repriced_input_quotes");
        var tolerance = c.GetProperty("tolerance").Number("repriced_input_quotes");

        foreach (var r in built.Report())
        {
            Near(id, r.Label, expected.Number(r.Label), r.RepricedQuote, tolerance);
            Assert.True(Math.Abs(r.RepricedQuote - r.Quote) <= 1e-12, $"{id} {r.Label}: repriced {r.RepricedQuote:R} against quote {r.Quote:R}");
        }
    }

    [Theory, MemberData(nameof(Ids))]
    public void Off_grid_par_rates_match_the_reference(string id)
    {
        var c = VectorFile.Case(Family, id);
        var calendar = VectorCalendar.Of(Family);
        var curve = Build(c.GetProperty("inputs"), Family, "quotes").Curve;
        var tolerance = c.GetProperty("tolerance").Number("off_grid_par_rates.par_rate");

        foreach (var entry in c.GetProperty("expected").GetProperty("off_grid_par_rates").EnumerateObject())
        {
            var e = entry.Value;
            var swap = InterestRateSwap.Of(CnySwapConventions.Shibor3M, SwapDirection.Payer, 1m, 0.02, e.Date("effective_date"), e.Date("termination_date")).Resolve(calendar);
            Assert.Equal(e.Date("maturity_date_adjusted"), swap.MaturityDate);
            Near(id, entry.Name, e.Number("par_rate"), SwapPricer.ParRate(swap, curve, curve), tolerance);
        }
    }

    [Fact]
    public void Off_grid_swaps_start_at_spot()
    {
        var c = VectorFile.Cases(Family)[0];
        var calendar = VectorCalendar.Of(Family);
        var trade = c.GetProperty("inputs").Date("trade_date");

        Assert.Equal(c.GetProperty("expected").Date("spot_date"), InterestRateSwap.EffectiveDateFor(CnySwapConventions.Shibor3M, calendar, trade, null));
    }

    private static void Near(string id, string what, double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance, $"{id} {what}: expected {expected:R} ± {tolerance}, got {actual:R} (off by {actual - expected:E2})");
}
