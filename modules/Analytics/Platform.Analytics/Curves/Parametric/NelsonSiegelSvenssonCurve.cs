using Platform.SharedKernel;

namespace Platform.Analytics.Curves.Parametric;

/// A fitted Nelson–Siegel–Svensson curve seen from its valuation date:
/// y(t) = β0 + β1·L(t/τ1) + β2·C(t/τ1) + β3·C(t/τ2), with L(x) = (1−e^−x)/x and C(x) = L(x) − e^−x.
/// As a discount curve, y(t) is read as an annually compounded spot yield, the way ChinaBond publishes its spot
/// curves: DF(t) = (1 + y(t))^−t, so the continuously compounded zero rate is ln(1 + y(t)). Immutable.
public sealed class NelsonSiegelSvenssonCurve : IDiscountCurve
{
    public DateOnly ValuationDate { get; }
    public NelsonSiegelSvenssonParameters Parameters { get; }

    public NelsonSiegelSvenssonCurve(DateOnly valuationDate, NelsonSiegelSvenssonParameters parameters) =>
        (ValuationDate, Parameters) = (valuationDate, parameters ?? throw new ArgumentNullException(nameof(parameters)));

    /// The annually compounded spot yield to <paramref name="years"/> (ACT/365F); β0 + β1 at 0.
    public double YieldAt(double years)
    {
        if (!(years >= 0) || double.IsPositiveInfinity(years))
            throw new DomainException($"years must be a finite number from 0, was {years}", "years");
        return Evaluate(Parameters, years);
    }

    public double DiscountFactor(double years) => Math.Pow(1 + YieldAt(years), -years);

    public double ZeroRate(double years) => Math.Log(1 + YieldAt(years));

    /// The formula itself, unchecked: the fitter calls it for every observation.
    internal static double Evaluate(NelsonSiegelSvenssonParameters p, double years)
    {
        var x1 = years / p.Tau1;
        var y = p.Beta0 + p.Beta1 * NelsonSiegelLoadings.Slope(x1) + p.Beta2 * NelsonSiegelLoadings.Curvature(x1);
        return p.Tau2 is { } tau2 ? y + p.Beta3 * NelsonSiegelLoadings.Curvature(years / tau2) : y;
    }
}
