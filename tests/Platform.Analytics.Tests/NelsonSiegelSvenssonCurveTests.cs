using Platform.Analytics.Curves;
using Platform.Analytics.Curves.Parametric;
using Xunit;

namespace Platform.Analytics.Tests;

/// The curve's formula at its limits and its reading as a discount curve (annually compounded spot yields).
public sealed class NelsonSiegelSvenssonCurveTests
{
    private static readonly NelsonSiegelSvenssonCurve Curve = new(new DateOnly(2026, 11, 26),
        NelsonSiegelSvenssonParameters.Svensson(0.028, -0.016, -0.010, 0.012, 0.8, 6.0));

    [Fact]
    public void The_short_end_is_beta0_plus_beta1_and_the_long_end_tends_to_beta0()
    {
        Assert.Equal(0.028 - 0.016, Curve.YieldAt(0), 1e-15);
        Assert.Equal(0.028 - 0.016, Curve.YieldAt(1e-9), 1e-11);
        Assert.Equal(0.028, Curve.YieldAt(1e6), 1e-7);
    }

    [Fact]
    public void The_formula_holds_at_a_hand_computed_point()
    {
        // t = 2: x1 = 2.5, x2 = 1/3.
        static double Slope(double x) => (1 - Math.Exp(-x)) / x;
        var expected = 0.028 - 0.016 * Slope(2.5) - 0.010 * (Slope(2.5) - Math.Exp(-2.5)) + 0.012 * (Slope(1 / 3.0) - Math.Exp(-1 / 3.0));
        Assert.Equal(expected, Curve.YieldAt(2), 1e-15);
    }

    [Fact]
    public void The_short_end_series_meets_the_closed_form()
    {
        // The loading switches from its series to (1−e^−x)/x at x = 0.01, here t = 0.008.
        Assert.Equal(Curve.YieldAt(0.008 - 1e-12), Curve.YieldAt(0.008 + 1e-12), 1e-13);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(7.3)]
    [InlineData(30)]
    public void As_a_discount_curve_the_yield_is_annually_compounded(double years)
    {
        IDiscountCurve curve = Curve;
        var y = Curve.YieldAt(years);
        Assert.Equal(Math.Pow(1 + y, -years), curve.DiscountFactor(years), 1e-15);
        Assert.Equal(-Math.Log(curve.DiscountFactor(years)) / years, curve.ZeroRate(years), 1e-13);
    }

    [Fact]
    public void The_discount_factor_is_one_at_the_valuation_date() => Assert.Equal(1, Curve.DiscountFactor(0));
}
