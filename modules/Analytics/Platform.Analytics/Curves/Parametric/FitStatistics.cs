namespace Platform.Analytics.Curves.Parametric;

/// The statistics of a fitted curve against its observations (see <see cref="NelsonSiegelSvenssonFit"/>).
internal static class FitStatistics
{
    public static NelsonSiegelSvenssonFit Of(NelsonSiegelSvenssonCurve curve, IReadOnlyList<YieldObservation> observations, int iterations, int evaluations)
    {
        var residuals = observations.Select(o => new FitResidual(o.Years, o.Yield, curve.YieldAt(o.Years))).ToArray();
        var totalWeight = observations.Sum(o => o.Weight);
        var mean = observations.Sum(o => o.Weight * o.Yield) / totalWeight;
        double squares = 0, total = 0, worst = -1;
        var worstIndex = 0;
        for (var i = 0; i < residuals.Length; i++)
        {
            var w = observations[i].Weight;
            squares += w * residuals[i].Residual * residuals[i].Residual;
            total += w * (observations[i].Yield - mean) * (observations[i].Yield - mean);
            if (Math.Abs(residuals[i].Residual) > worst) (worst, worstIndex) = (Math.Abs(residuals[i].Residual), i);
        }
        return new NelsonSiegelSvenssonFit
        {
            Curve = curve,
            RmseBp = Math.Sqrt(squares / totalWeight) * 1e4,
            MaxAbsErrorBp = worst * 1e4,
            MaxErrorIndex = worstIndex,
            RSquared = total > 0 ? 1 - squares / total : double.NaN,
            Iterations = iterations,
            Evaluations = evaluations,
            Residuals = residuals,
        };
    }
}
