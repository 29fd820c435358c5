using System.Globalization;
using System.Resources;

namespace Platform.Analytics.Curves.Parametric;

/// DEMO DATA: a ChinaBond-style government (国债) yield set at plausible 2026 levels, 3M to 50Y, embedded in the
/// library (Data/demo-cgb-yields.csv), and its Nelson–Siegel–Svensson fit. For demos and the portal's chart, never
/// for real trades. The fit does not depend on the valuation date, so it is done once.
public static class DemoGovernmentCurve
{
    private static readonly Lazy<IReadOnlyList<YieldObservation>> Data = new(Load);
    private static readonly Lazy<NelsonSiegelSvenssonFit> Fitted = new(() => NelsonSiegelSvenssonFitter.Fit(Observations, default));

    /// The demo yields (decimals), shortest maturity first.
    public static IReadOnlyList<YieldObservation> Observations => Data.Value;

    /// The fit of the demo yields, its curve seen from <paramref name="valuationDate"/>.
    public static NelsonSiegelSvenssonFit Fit(DateOnly valuationDate) =>
        Fitted.Value with { Curve = new NelsonSiegelSvenssonCurve(valuationDate, Fitted.Value.Curve.Parameters) };

    private static IReadOnlyList<YieldObservation> Load()
    {
        var csv = new ResourceManager("Platform.Analytics.Curves.Parametric.Data.DemoCgbYields", typeof(DemoGovernmentCurve).Assembly)
            .GetString("Csv", CultureInfo.InvariantCulture)
            ?? throw new InvalidOperationException("the demo yield data is not embedded in the library");
        return [.. csv.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#') && !line.StartsWith("tenor,", StringComparison.Ordinal))
            .Select(line => line.Split(','))
            .Select(cells => new YieldObservation(
                double.Parse(cells[1], CultureInfo.InvariantCulture), double.Parse(cells[2], CultureInfo.InvariantCulture) / 100))];
    }
}
