using Platform.Analytics.Curves.Parametric;
using Xunit;

namespace Platform.Analytics.Tests;

/// The fit recovers a curve it is given exactly, reports statistics that match residuals known in advance, and
/// stays sensible on noisy data.
public sealed class NelsonSiegelSvenssonFitTests
{
    private static readonly DateOnly Valuation = new(2026, 11, 26);

    private static readonly double[] Tenors = [0.25, 0.5, 0.75, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 30, 40, 50];

    private static readonly NelsonSiegelSvenssonParameters Known =
        NelsonSiegelSvenssonParameters.Svensson(0.028, -0.016, -0.010, 0.012, 0.8, 6.0);

    private static YieldObservation[] On(NelsonSiegelSvenssonParameters p, double[] years) =>
        [.. years.Select(t => new YieldObservation(t, new NelsonSiegelSvenssonCurve(Valuation, p).YieldAt(t)))];

    [Fact]
    public void Yields_generated_by_a_Svensson_curve_give_that_curve_back()
    {
        var fit = NelsonSiegelSvenssonFitter.Fit(On(Known, Tenors), Valuation);

        var (p, truth) = (fit.Curve.Parameters, new NelsonSiegelSvenssonCurve(Valuation, Known));
        Assert.True(p.IsSvensson);
        for (var t = 0.0; t <= 50; t += 0.25)
            Assert.Equal(truth.YieldAt(t), fit.Curve.YieldAt(t), 1e-8);
        Assert.Equal(Known.Tau1, p.Tau1, 1e-4);
        Assert.Equal(Known.Tau2!.Value, p.Tau2!.Value, 1e-4);
        Assert.Equal(Known.Beta0, p.Beta0, 1e-6);
        Assert.Equal(Known.Beta3, p.Beta3, 1e-6);
        Assert.True(fit.RmseBp < 1e-5, $"RMSE {fit.RmseBp} bp");
        Assert.Equal(1, fit.RSquared, 1e-9);
        Assert.Equal(Valuation, fit.Curve.ValuationDate);
    }

    [Fact]
    public void Statistics_are_those_of_residuals_known_in_advance()
    {
        // Five yields (so plain Nelson–Siegel) = a known curve + r, with r orthogonal to the Jacobian of the
        // curve in (β0, β1, β2, τ): the known curve is then still the best fit and r is exactly its residual.
        var truth = NelsonSiegelSvenssonParameters.NelsonSiegel(0.03, -0.015, 0.01, 2.0);
        double[] years = [0.5, 1, 3, 7, 15];
        var r = Orthogonal(Jacobian(truth, years), [1, 0, 0, 0, 0]);
        var scale = 0.5e-4 / r.Max(Math.Abs);   // the largest miss ½ bp
        var observations = On(truth, years).Select((o, i) => o with { Yield = o.Yield + scale * r[i] }).ToArray();
        var residual = r.Select(x => x * scale).ToArray();

        var fit = NelsonSiegelSvenssonFitter.Fit(observations, Valuation);

        Assert.False(fit.Curve.Parameters.IsSvensson);
        Assert.Equal(truth.Tau1, fit.Curve.Parameters.Tau1, 1e-5);
        for (var i = 0; i < years.Length; i++)
            Assert.Equal(residual[i] * 1e4, fit.Residuals[i].ResidualBp, 1e-6);
        var mean = observations.Average(o => o.Yield);
        var squares = residual.Sum(x => x * x);
        Assert.Equal(Math.Sqrt(squares / 5) * 1e4, fit.RmseBp, 1e-6);
        Assert.Equal(0.5, fit.MaxAbsErrorBp, 1e-6);
        Assert.Equal(Array.IndexOf(residual, residual.MaxBy(Math.Abs)), fit.MaxErrorIndex);
        Assert.Equal(1 - squares / observations.Sum(o => (o.Yield - mean) * (o.Yield - mean)), fit.RSquared, 1e-9);
        Assert.True(fit.Iterations > 0 && fit.Evaluations > fit.Iterations);
    }

    [Fact]
    public void Noise_of_two_basis_points_gives_an_rmse_of_about_two_and_a_curve_close_to_the_truth()
    {
        var random = new Random(20261126);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var noisy = On(Known, Tenors).Select(o => o with { Yield = o.Yield + 2e-4 * Normal() }).ToArray();

        var fit = NelsonSiegelSvenssonFitter.Fit(noisy, Valuation);

        Assert.InRange(fit.RmseBp, 0.8, 2.5);   // below σ: six parameters absorb some of the noise
        Assert.InRange(fit.MaxAbsErrorBp, fit.RmseBp, 8);
        Assert.True(fit.RSquared > 0.99, $"R² {fit.RSquared}");
        var truth = new NelsonSiegelSvenssonCurve(Valuation, Known);
        for (var t = 1.0; t <= 30; t += 1)
            Assert.InRange((fit.Curve.YieldAt(t) - truth.YieldAt(t)) * 1e4, -3, 3);
    }

    [Fact]
    public void Weights_pull_the_curve_towards_the_heavier_observations()
    {
        var observations = On(Known, Tenors).Select((o, i) => o with { Yield = o.Yield + (i % 2 == 0 ? 3e-4 : -3e-4) }).ToArray();
        var heavy = observations.Select((o, i) => i == 12 ? o with { Weight = 100 } : o).ToArray();   // 10Y

        var plain = NelsonSiegelSvenssonFitter.Fit(observations, Valuation);
        var weighted = NelsonSiegelSvenssonFitter.Fit(heavy, Valuation);

        Assert.True(Math.Abs(weighted.Residuals[12].ResidualBp) < Math.Abs(plain.Residuals[12].ResidualBp) / 5,
            $"10Y residual {weighted.Residuals[12].ResidualBp} bp weighted, {plain.Residuals[12].ResidualBp} bp not");
    }

    [Fact]
    public void Fewer_than_six_observations_fit_plain_Nelson_Siegel()
    {
        var fit = NelsonSiegelSvenssonFitter.Fit(On(Known, [0.5, 2, 5, 10, 30]), Valuation);

        Assert.False(fit.Curve.Parameters.IsSvensson);
        Assert.Null(fit.Curve.Parameters.Tau2);
        Assert.Equal(0, fit.Curve.Parameters.Beta3);
        Assert.Equal(5, fit.Residuals.Count);
    }

    /// ∂y/∂(β0, β1, β2, τ) of a Nelson–Siegel curve at each maturity, analytically.
    private static double[][] Jacobian(NelsonSiegelSvenssonParameters p, double[] years) =>
        [.. years.Select(t =>
        {
            var x = t / p.Tau1;
            var e = Math.Exp(-x);
            var slope = (1 - e) / x;
            var dSlope = (e - slope) / x;   // d/dx (1−e^−x)/x
            var dCurvature = dSlope + e;
            return new[] { 1, slope, slope - e, (p.Beta1 * dSlope + p.Beta2 * dCurvature) * -x / p.Tau1 };
        })];

    /// The part of v orthogonal to every column of the matrix (rows = maturities), by Gram–Schmidt.
    private static double[] Orthogonal(double[][] rows, double[] v)
    {
        var basis = new List<double[]>();
        for (var c = 0; c < rows[0].Length; c++)
        {
            var column = rows.Select(row => row[c]).ToArray();
            for (var pass = 0; pass < 2; pass++)   // twice: one Gram–Schmidt pass leaves rounding in the directions removed
                foreach (var b in basis) Subtract(column, b);
            var norm = Math.Sqrt(column.Sum(x => x * x));
            basis.Add([.. column.Select(x => x / norm)]);
        }
        var result = (double[])v.Clone();
        for (var pass = 0; pass < 2; pass++)
            foreach (var b in basis) Subtract(result, b);
        return result;
    }

    private static void Subtract(double[] v, double[] unit)
    {
        var dot = v.Zip(unit, (a, b) => a * b).Sum();
        for (var i = 0; i < v.Length; i++) v[i] -= dot * unit[i];
    }
}
