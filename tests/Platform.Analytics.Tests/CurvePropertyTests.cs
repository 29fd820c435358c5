using Platform.Analytics.Curves;
using Platform.Analytics.Curves.Bootstrap;
using Platform.Analytics.Swaps;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Xunit;

namespace Platform.Analytics.Tests;

/// Curves reprice their inputs under every interpolation, and bumps rebuild them.
public sealed class CurvePropertyTests
{
    private static readonly DateOnly Trade = new(2026, 11, 26);
    private static BusinessCalendar Calendar => MarketCalendars.CnInterbankProjected;

    private static readonly Dictionary<string, double> ShiborQuotes = ShiborTestQuotes.Quotes();

    public static TheoryData<CurveInterpolation> Interpolations => new(Enum.GetValues<CurveInterpolation>());

    [Theory, MemberData(nameof(Interpolations))]
    public void Every_interpolation_reprices_its_inputs_to_1e_10(CurveInterpolation interpolation)
    {
        var built = CurveBootstrapper.Bootstrap(CnyCurveTemplates.Shibor3M(interpolation), Trade, ShiborQuotes, Calendar);

        foreach (var r in built.Report())
            Assert.True(Math.Abs(r.RepricedQuote - r.Quote) < 1e-10, $"{interpolation} {r.Label}: {r.RepricedQuote:R} vs {r.Quote:R}");
    }

    [Theory, MemberData(nameof(Interpolations))]
    public void Discount_factors_fall_and_forwards_stay_finite(CurveInterpolation interpolation)
    {
        var curve = CurveBootstrapper.Bootstrap(CnyCurveTemplates.Shibor3M(interpolation), Trade, ShiborQuotes, Calendar).Curve;

        var previous = 1.0;
        for (var t = 0.01; t < 12; t += 0.01)
        {
            var df = curve.DiscountFactor(t);
            Assert.True(df < previous && df > 0, $"{interpolation}: DF({t}) = {df} after {previous}");
            previous = df;
        }
    }

    [Fact]
    public void Monotone_convex_forwards_are_continuous_where_log_linear_ones_jump()
    {
        var monotone = CurveBootstrapper.Bootstrap(CnyCurveTemplates.Shibor3M(CurveInterpolation.MonotoneConvex), Trade, ShiborQuotes, Calendar);
        var logLinear = CurveBootstrapper.Bootstrap(CnyCurveTemplates.Shibor3M(), Trade, ShiborQuotes, Calendar);
        var pillar = logLinear.Curve.YearsTo(logLinear.Report()[8].PillarDate);   // 2Y

        static double Forward(IDiscountCurve c, double t, double h) => Math.Log(c.DiscountFactor(t) / c.DiscountFactor(t + h)) / h;
        const double h = 1e-4;

        Assert.True(Math.Abs(Forward(monotone.Curve, pillar - 2 * h, h) - Forward(monotone.Curve, pillar + h, h)) < 1e-5);
        Assert.True(Math.Abs(Forward(logLinear.Curve, pillar - 2 * h, h) - Forward(logLinear.Curve, pillar + h, h)) > 1e-5);
        Assert.True(monotone.Passes > 1);
    }

    [Fact]
    public void Monotone_convex_reproduces_a_flat_curve_exactly()
    {
        var curve = InterpolatedDiscountCurve.Of(Trade, CurveInterpolation.MonotoneConvex, [0.5, 1, 2, 5], [.. new[] { 0.5, 1, 2, 5 }.Select(t => Math.Exp(-0.02 * t))]);

        foreach (var t in new[] { 0.1, 0.7, 1.5, 3.3, 4.9, 7 })
            Assert.Equal(0.02, curve.ZeroRate(t), 12);
    }

    [Fact]
    public void A_parallel_bump_moves_every_quote_and_rebuilds()
    {
        var built = CurveBootstrapper.Bootstrap(CnyCurveTemplates.Shibor3M(), Trade, ShiborQuotes, Calendar);

        var bumped = built.ParallelBumped(1e-4);

        foreach (var r in bumped.Report())
            Assert.True(Math.Abs(r.RepricedQuote - (ShiborQuotes[r.Label] + 1e-4)) < 1e-12, r.Label);
        Assert.True(bumped.Curve.DiscountFactor(5.0) < built.Curve.DiscountFactor(5.0));
    }

    [Fact]
    public void A_key_rate_bump_moves_only_its_instrument()
    {
        var built = CurveBootstrapper.Bootstrap(CnyCurveTemplates.Shibor3M(), Trade, ShiborQuotes, Calendar);
        var fiveYear = built.Definition.Labels.ToList().IndexOf("5Y");

        var bumped = built.Bumped(fiveYear, 1e-4).Report();

        foreach (var r in bumped)
            Assert.True(Math.Abs(r.RepricedQuote - ShiborQuotes[r.Label] - (r.Label == "5Y" ? 1e-4 : 0)) < 1e-12, r.Label);
        Assert.Equal(built.Curve.DiscountFactor(2.0), built.Bumped(fiveYear, 1e-4).Curve.DiscountFactor(2.0), 15);
    }

    [Fact]
    public void A_swap_at_its_fair_rate_is_worth_nothing()
    {
        var curve = CurveBootstrapper.Bootstrap(CnyCurveTemplates.Shibor3M(), Trade, ShiborQuotes, Calendar).Curve;
        var swap = InterestRateSwap.OfTenor(CnySwapConventions.Shibor3M, Calendar, Trade, Tenor.OfYears(6), SwapDirection.Payer, 100_000_000m, 0.02, Tenor.OfMonths(9));
        var fair = SwapPricer.Price(swap.Resolve(Calendar), curve).FairRate;

        var atFair = InterestRateSwap.Of(swap.Convention, SwapDirection.Receiver, swap.Notional, fair, swap.EffectiveDate, swap.TerminationDate).Resolve(Calendar);

        Assert.True(Math.Abs(SwapPricer.Price(atFair, curve).Npv) < 1e-6);
    }

    [Fact]
    public void Curve_and_quote_problems_name_the_quote()
    {
        var missing = new Dictionary<string, double>(ShiborQuotes);
        missing.Remove("7Y");
        var insane = new Dictionary<string, double>(ShiborQuotes) { ["3Y"] = 5.0 };
        var stranger = new Dictionary<string, double>(ShiborQuotes) { ["15Y"] = 0.02 };

        Assert.Equal("quotes.7Y", Assert.Throws<DomainException>(() => CurveBootstrapper.Bootstrap(CnyCurveTemplates.Shibor3M(), Trade, missing, Calendar)).Field);
        Assert.Equal("quotes.3Y", Assert.Throws<DomainException>(() => CurveBootstrapper.Bootstrap(CnyCurveTemplates.Shibor3M(), Trade, insane, Calendar)).Field);
        Assert.Equal("quotes.15Y", Assert.Throws<DomainException>(() => CurveBootstrapper.Bootstrap(CnyCurveTemplates.Shibor3M(), Trade, stranger, Calendar)).Field);
    }

    [Fact]
    public void An_unreachable_quote_is_an_error_not_a_hang()
    {
        // A 10Y swap rate far below the 7Y needs negative forwards of about −600 % after 7Y: beyond any curve.
        var quotes = new Dictionary<string, double>(ShiborQuotes) { ["10Y"] = -0.19, ["7Y"] = 0.9 };

        var error = Assert.Throws<DomainException>(() => CurveBootstrapper.Bootstrap(CnyCurveTemplates.Shibor3M(), Trade, quotes, Calendar));

        Assert.StartsWith("quotes.", error.Field);
    }
}
