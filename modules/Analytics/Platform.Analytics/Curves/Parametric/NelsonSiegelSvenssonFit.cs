namespace Platform.Analytics.Curves.Parametric;

/// A fitted curve with the statistics of its fit. RMSE and R² weigh each squared error by its observation's weight
/// (with all weights 1 they are the plain ones); the largest error is unweighted. R² is NaN when every observed
/// yield is the same (nothing to explain). Residuals are in the observations' order.
public sealed record NelsonSiegelSvenssonFit
{
    public required NelsonSiegelSvenssonCurve Curve { get; init; }
    public required double RmseBp { get; init; }
    public required double MaxAbsErrorBp { get; init; }

    /// The index, in the observations given, of the one the curve misses most.
    public required int MaxErrorIndex { get; init; }

    public required double RSquared { get; init; }

    /// Steps of the local refinement (Nelder–Mead) over all its starts.
    public required int Iterations { get; init; }

    /// Linear least-squares solves (one per trial τ), grid included.
    public required int Evaluations { get; init; }

    public required IReadOnlyList<FitResidual> Residuals { get; init; }
}
