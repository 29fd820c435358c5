namespace Platform.Analytics.Curves.Parametric;

/// The factor loadings of the Nelson–Siegel family at x = t/τ: slope (1−e^−x)/x and curvature (1−e^−x)/x − e^−x.
/// Near x = 0 the slope comes from its series, where 1−e^−x would lose its digits to cancellation.
internal static class NelsonSiegelLoadings
{
    public static double Slope(double x) =>
        x < 1e-2
            ? 1 - x / 2 * (1 - x / 3 * (1 - x / 4 * (1 - x / 5 * (1 - x / 6))))
            : (1 - Math.Exp(-x)) / x;

    public static double Curvature(double x) => Slope(x) - Math.Exp(-x);
}
