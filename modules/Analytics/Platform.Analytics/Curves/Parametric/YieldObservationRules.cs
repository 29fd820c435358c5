using System.Globalization;
using Platform.SharedKernel;

namespace Platform.Analytics.Curves.Parametric;

/// What a set of yield observations must satisfy before a curve is fitted to it; each refusal names the field,
/// e.g. observations[3].yield.
internal static class YieldObservationRules
{
    public const double MinYield = -0.10;
    public const double MaxYield = 0.50;
    public const double MaxYears = 100;

    /// Maturities closer than half a day are one maturity.
    private const double SameMaturity = 0.5 / 365;

    public static void Validate(IReadOnlyList<YieldObservation>? observations)
    {
        if (observations is null || observations.Count < NelsonSiegelSvenssonFitter.MinObservations)
            throw new DomainException(
                $"at least {NelsonSiegelSvenssonFitter.MinObservations} observations are needed to fit a curve " +
                $"({NelsonSiegelSvenssonFitter.MinObservationsForSvensson} for Nelson–Siegel–Svensson), got {observations?.Count ?? 0}",
                "observations");
        for (var i = 0; i < observations.Count; i++)
        {
            var (years, yield, weight) = observations[i];
            if (!double.IsFinite(years) || years <= 0 || years > MaxYears)
                throw new DomainException($"maturity must be above 0 and at most {MaxYears} years, was {Show(years)}", Field(i, "years"));
            if (!double.IsFinite(yield) || yield < MinYield || yield > MaxYield)
                throw new DomainException(
                    $"yield must be a decimal from {MinYield} to {MaxYield} (0.0182 = 1.82 %), was {Show(yield)}", Field(i, "yield"));
            if (!double.IsFinite(weight) || weight <= 0)
                throw new DomainException($"weight must be a positive number, was {Show(weight)}", Field(i, "weight"));
        }
        var order = Enumerable.Range(0, observations.Count).OrderBy(i => observations[i].Years).ThenBy(i => i).ToArray();
        for (var k = 1; k < order.Length; k++)
        {
            var (first, second) = (Math.Min(order[k - 1], order[k]), Math.Max(order[k - 1], order[k]));
            if (observations[order[k]].Years - observations[order[k - 1]].Years < SameMaturity)
                throw new DomainException(
                    $"maturity {Show(observations[second].Years)} years is already observation {first}'s: maturities must be distinct",
                    Field(second, "years"));
        }
    }

    private static string Field(int index, string name) => $"observations[{index}].{name}";

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
