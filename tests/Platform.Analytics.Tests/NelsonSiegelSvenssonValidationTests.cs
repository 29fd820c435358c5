using Platform.Analytics.Curves.Parametric;
using Platform.SharedKernel;
using Xunit;

namespace Platform.Analytics.Tests;

/// Bad observations and parameters are refused with the offending field named, never fitted into NaN.
public sealed class NelsonSiegelSvenssonValidationTests
{
    private static readonly DateOnly Valuation = new(2026, 11, 26);

    private static YieldObservation[] Good() =>
        [new(0.5, 0.0135), new(1, 0.0139), new(3, 0.0147), new(5, 0.0159), new(10, 0.0182), new(30, 0.0217)];

    public static TheoryData<string, YieldObservation[]> BadSets => new()
    {
        { "observations", Good()[..3] },
        { "observations[1].years", Good().Select((o, i) => i == 1 ? o with { Years = 0 } : o).ToArray() },
        { "observations[2].years", Good().Select((o, i) => i == 2 ? o with { Years = double.NaN } : o).ToArray() },
        { "observations[0].years", Good().Select((o, i) => i == 0 ? o with { Years = -1 } : o).ToArray() },
        { "observations[3].yield", Good().Select((o, i) => i == 3 ? o with { Yield = 1.59 } : o).ToArray() },   // percent, not a decimal
        { "observations[4].yield", Good().Select((o, i) => i == 4 ? o with { Yield = double.PositiveInfinity } : o).ToArray() },
        { "observations[5].weight", Good().Select((o, i) => i == 5 ? o with { Weight = 0 } : o).ToArray() },
        { "observations[4].years", Good().Select((o, i) => i == 4 ? o with { Years = 3 } : o).ToArray() },   // 3Y twice
    };

    [Theory, MemberData(nameof(BadSets))]
    public void A_bad_observation_set_is_refused_naming_the_field(string field, YieldObservation[] observations) =>
        Assert.Equal(field, Assert.Throws<DomainException>(() => NelsonSiegelSvenssonFitter.Fit(observations, Valuation)).Field);

    [Fact]
    public void No_observations_at_all_is_refused() =>
        Assert.Equal("observations", Assert.Throws<DomainException>(() => NelsonSiegelSvenssonFitter.Fit(null!, Valuation)).Field);

    [Fact]
    public void The_same_maturity_twice_names_the_later_observation_whatever_the_order()
    {
        YieldObservation[] observations = [new(10, 0.0182), new(1, 0.0139), new(3, 0.0147), new(5, 0.0159), new(10, 0.0183), new(30, 0.0217)];
        var error = Assert.Throws<DomainException>(() => NelsonSiegelSvenssonFitter.Fit(observations, Valuation));
        Assert.Equal("observations[4].years", error.Field);
        Assert.Contains("observation 0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("beta0", 0.0, 0.8, 6.0)]
    [InlineData("tau1", 0.03, 0.0, 6.0)]
    [InlineData("tau2", 0.03, 0.8, -1.0)]
    [InlineData("tau2", 0.03, 0.8, 0.8)]
    public void Bad_parameters_are_refused_naming_the_field(string field, double beta0, double tau1, double tau2) =>
        Assert.Equal(field, Assert.Throws<DomainException>(() =>
            NelsonSiegelSvenssonParameters.Svensson(beta0, -0.01, 0.01, 0.01, tau1, tau2)).Field);

    [Fact]
    public void A_negative_maturity_on_the_curve_is_refused()
    {
        var curve = new NelsonSiegelSvenssonCurve(Valuation, NelsonSiegelSvenssonParameters.NelsonSiegel(0.03, -0.01, 0.01, 2));
        Assert.Equal("years", Assert.Throws<DomainException>(() => curve.YieldAt(-0.1)).Field);
        Assert.Equal("years", Assert.Throws<DomainException>(() => curve.DiscountFactor(double.NaN)).Field);
    }
}
