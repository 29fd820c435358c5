using Platform.SharedKernel;

namespace Platform.Analytics.Curves.Parametric;

/// Fits a Nelson–Siegel–Svensson curve to (maturity, yield) observations by weighted least squares. For fixed τs the
/// betas are linear (<see cref="BetaRegression"/>); the τs are searched over a coarse grid in log τ, then refined by
/// Nelder–Mead from the best few grid points, restarted until it stops improving. With fewer than
/// <see cref="MinObservationsForSvensson"/> observations six parameters would be (nearly) interpolation, so the fit
/// falls back to plain Nelson–Siegel (τ2 and β3 dropped); <see cref="MinObservations"/> is the least for that.
public static class NelsonSiegelSvenssonFitter
{
    public const int MinObservations = 4;
    public const int MinObservationsForSvensson = 6;

    private const double GridTauLow = 0.1;
    private const double GridTauHigh = 30;
    private const int GridPoints = 20;
    private const int Starts = 3;
    private const int Restarts = 3;
    private const int MaxIterationsPerRun = 500;
    private const double LogTauTolerance = 1e-10;

    public static NelsonSiegelSvenssonFit Fit(IReadOnlyList<YieldObservation> observations, DateOnly valuationDate)
    {
        YieldObservationRules.Validate(observations);
        var regression = new BetaRegression(observations, observations.Count >= MinObservationsForSvensson);
        var (best, value, iterations) = (Array.Empty<double>(), double.PositiveInfinity, 0);
        foreach (var start in GridStarts(regression))
        {
            var (x, v, steps) = Refine(regression, start);
            iterations += steps;
            if (v < value) (best, value) = (x, v);
        }
        var parameters = regression.Parameters(best)
            ?? throw new DomainException("no Nelson–Siegel–Svensson curve with a positive long-end level (β0) fits these yields", "observations");
        return FitStatistics.Of(new NelsonSiegelSvenssonCurve(valuationDate, parameters), observations, iterations, regression.Evaluations);
    }

    /// The best few points of an even grid in log τ (pairs τ1 ≠ τ2 for Svensson), best first.
    private static IEnumerable<double[]> GridStarts(BetaRegression regression)
    {
        var step = Math.Log(GridTauHigh / GridTauLow) / (GridPoints - 1);
        var logTaus = Enumerable.Range(0, GridPoints).Select(i => Math.Log(GridTauLow) + i * step).ToArray();
        var trials = regression.IsSvensson
            ? logTaus.SelectMany(t1 => logTaus.Where(t2 => t2 != t1).Select(t2 => new[] { t1, t2 }))
            : logTaus.Select(t => new[] { t });
        var scored = trials.Select(t => (Trial: t, Value: regression.SumOfSquares(t))).Where(s => double.IsFinite(s.Value)).ToList();
        if (scored.Count == 0)
            throw new DomainException("no Nelson–Siegel–Svensson curve with a positive long-end level (β0) fits these yields", "observations");
        return scored.OrderBy(s => s.Value).Take(Starts).Select(s => s.Trial).ToList();
    }

    /// Nelder–Mead from a grid point, restarted on a fresh small simplex while that still improves: a simplex can
    /// collapse before the minimum, and a restart is the usual cure.
    private static (double[] Best, double Value, int Iterations) Refine(BetaRegression regression, double[] start)
    {
        var (best, value, iterations) = NelderMead.Minimise(regression.SumOfSquares, start, 0.25, LogTauTolerance, MaxIterationsPerRun);
        for (var r = 0; r < Restarts; r++)
        {
            var again = NelderMead.Minimise(regression.SumOfSquares, best, 0.02, LogTauTolerance, MaxIterationsPerRun);
            iterations += again.Iterations;
            if (!(again.Value < value)) break;
            (best, value) = (again.Best, again.Value);
        }
        return (best, value, iterations);
    }
}
