namespace Platform.Analytics.Curves.Parametric;

/// How far the fitted curve misses one observation: observed − fitted, in decimals and in basis points.
public readonly record struct FitResidual(double Years, double Observed, double Fitted)
{
    public double Residual => Observed - Fitted;

    public double ResidualBp => Residual * 1e4;
}
