using Platform.SharedKernel;

namespace Platform.Analytics.Curves.Parametric;

/// The parameters of a Nelson–Siegel–Svensson yield curve: level β0, slope β1, curvatures β2 (hump at τ1) and β3
/// (hump at τ2), decay times τ1 and τ2 in years. Plain Nelson–Siegel has no second hump: <see cref="Tau2"/> is null
/// and β3 is 0. Yields are decimals (0.0182 = 1.82 %).
public sealed record NelsonSiegelSvenssonParameters
{
    public double Beta0 { get; }
    public double Beta1 { get; }
    public double Beta2 { get; }
    public double Beta3 { get; }
    public double Tau1 { get; }
    public double? Tau2 { get; }

    /// True for the four-factor Svensson form, false for plain Nelson–Siegel.
    public bool IsSvensson => Tau2 is not null;

    private NelsonSiegelSvenssonParameters(double beta0, double beta1, double beta2, double beta3, double tau1, double? tau2) =>
        (Beta0, Beta1, Beta2, Beta3, Tau1, Tau2) = (beta0, beta1, beta2, beta3, tau1, tau2);

    public static NelsonSiegelSvenssonParameters Svensson(double beta0, double beta1, double beta2, double beta3, double tau1, double tau2)
    {
        Check(beta0, beta1, beta2, tau1);
        Finite(beta3, "beta3");
        if (!double.IsFinite(tau2) || tau2 <= 0)
            throw new DomainException($"τ2 must be a positive number of years, was {tau2}", "tau2");
        // Equal decay times make the two curvature loadings identical: β2 and β3 could not be told apart.
        if (tau2 == tau1)
            throw new DomainException($"τ2 must differ from τ1 ({tau1}), or the two humps are one", "tau2");
        return new(beta0, beta1, beta2, beta3, tau1, tau2);
    }

    public static NelsonSiegelSvenssonParameters NelsonSiegel(double beta0, double beta1, double beta2, double tau1)
    {
        Check(beta0, beta1, beta2, tau1);
        return new(beta0, beta1, beta2, 0, tau1, null);
    }

    private static void Check(double beta0, double beta1, double beta2, double tau1)
    {
        // β0 is the yield at infinite maturity: a government curve's long end is positive.
        if (!double.IsFinite(beta0) || beta0 <= 0)
            throw new DomainException($"β0 (the long-end level) must be positive, was {beta0}", "beta0");
        Finite(beta1, "beta1");
        Finite(beta2, "beta2");
        if (!double.IsFinite(tau1) || tau1 <= 0)
            throw new DomainException($"τ1 must be a positive number of years, was {tau1}", "tau1");
    }

    private static void Finite(double value, string field)
    {
        if (!double.IsFinite(value))
            throw new DomainException($"{field} must be a finite number, was {value}", field);
    }
}
