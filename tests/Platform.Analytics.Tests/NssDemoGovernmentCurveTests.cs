using Platform.Analytics.Curves.Parametric;
using Xunit;

namespace Platform.Analytics.Tests;

/// The demo government yields embedded in the library load, and the Svensson curve fits them closely.
public sealed class NssDemoGovernmentCurveTests
{
    [Fact]
    public void The_demo_yields_span_three_months_to_fifty_years_at_plausible_levels()
    {
        var observations = DemoGovernmentCurve.Observations;

        Assert.Equal(18, observations.Count);
        Assert.Equal(0.25, observations[0].Years);
        Assert.Equal(50, observations[^1].Years);
        Assert.Equal(0.0182, observations.Single(o => o.Years == 10).Yield, 1e-12);
        Assert.All(observations, o => Assert.InRange(o.Yield, 0.01, 0.03));
    }

    [Fact]
    public void The_demo_fit_is_a_close_svensson_curve_seen_from_the_date_asked()
    {
        var date = new DateOnly(2026, 11, 26);

        var fit = DemoGovernmentCurve.Fit(date);

        Assert.True(fit.Curve.Parameters.IsSvensson);
        Assert.Equal(date, fit.Curve.ValuationDate);
        Assert.True(fit.RmseBp < 2, $"RMSE {fit.RmseBp} bp");
        Assert.True(fit.MaxAbsErrorBp < 4, $"max error {fit.MaxAbsErrorBp} bp");
        Assert.Equal(0.0182, fit.Curve.YieldAt(10), 2e-4);
        Assert.Equal(new DateOnly(2027, 1, 4), DemoGovernmentCurve.Fit(new DateOnly(2027, 1, 4)).Curve.ValuationDate);
    }
}
