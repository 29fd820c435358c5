namespace Platform.Analytics.Curves.Parametric;

/// The inner problem of the fit: for given decay times the betas are linear, so they come from weighted least
/// squares. Works in log τ, which keeps τ positive and makes the grid even over short and long decay times. Scores a
/// trial +∞ when it is out of bounds, its τs are too close (collinear loadings), or it would give β0 ≤ 0.
internal sealed class BetaRegression(IReadOnlyList<YieldObservation> observations, bool svensson)
{
    public static readonly double LogTauMin = Math.Log(0.05);
    public static readonly double LogTauMax = Math.Log(50);

    /// |ln τ1 − ln τ2| at least this: τs within about 10 % of each other give nearly equal curvature loadings.
    public const double MinLogTauGap = 0.1;

    public bool IsSvensson => svensson;

    public int Dimension => svensson ? 2 : 1;

    /// Least-squares solves so far.
    public int Evaluations { get; private set; }

    /// The weighted sum of squared errors at the best betas for these log τs, or +∞ when infeasible.
    public double SumOfSquares(double[] logTaus) => Parameters(logTaus) is { } p ? SumOfSquares(p) : double.PositiveInfinity;

    public double SumOfSquares(NelsonSiegelSvenssonParameters p)
    {
        var sum = 0.0;
        foreach (var o in observations)
        {
            var r = o.Yield - NelsonSiegelSvenssonCurve.Evaluate(p, o.Years);
            sum += o.Weight * r * r;
        }
        return double.IsFinite(sum) ? sum : double.PositiveInfinity;
    }

    /// The best parameters for these log τs, or null when the trial is infeasible.
    public NelsonSiegelSvenssonParameters? Parameters(double[] logTaus)
    {
        if (!Feasible(logTaus)) return null;
        Evaluations++;
        var (tau1, tau2) = (Math.Exp(logTaus[0]), svensson ? Math.Exp(logTaus[1]) : double.NaN);
        var columns = svensson ? 4 : 3;
        var a = new double[observations.Count, columns];
        var b = new double[observations.Count];
        for (var i = 0; i < observations.Count; i++)
        {
            var (years, yield, weight) = observations[i];
            var root = Math.Sqrt(weight);   // weighted least squares = ordinary least squares on rows scaled by √w
            a[i, 0] = root;
            a[i, 1] = root * NelsonSiegelLoadings.Slope(years / tau1);
            a[i, 2] = root * NelsonSiegelLoadings.Curvature(years / tau1);
            if (svensson) a[i, 3] = root * NelsonSiegelLoadings.Curvature(years / tau2);
            b[i] = root * yield;
        }
        Span<double> beta = stackalloc double[columns];
        if (!LeastSquares.TrySolve(a, b, beta) || !(beta[0] > 0)) return null;
        foreach (var x in beta)
            if (!double.IsFinite(x)) return null;
        return svensson
            ? NelsonSiegelSvenssonParameters.Svensson(beta[0], beta[1], beta[2], beta[3], tau1, tau2)
            : NelsonSiegelSvenssonParameters.NelsonSiegel(beta[0], beta[1], beta[2], tau1);
    }

    private bool Feasible(double[] logTaus)
    {
        foreach (var x in logTaus)
            if (!(x >= LogTauMin && x <= LogTauMax)) return false;
        return !svensson || Math.Abs(logTaus[0] - logTaus[1]) >= MinLogTauGap;
    }
}
