using Platform.Analytics.Curves;
using Platform.Analytics.Curves.Parametric;
using Platform.Web.Components.Shared;

namespace Platform.Web.Components.Pages.Analytics;

/// The curve the calculator compares a bond with: the demo government NSS fit seen from the settlement date and,
/// once a bond is priced, its point (years to maturity ACT/365F, yield) and its I-spread, the bond's yield less the
/// curve's at the same maturity.
public sealed class BondCurveView
{
    private const double ChartYears = 30;
    private const double Step = 0.25;

    public NelsonSiegelSvenssonFit Fit { get; }
    public double? YearsToMaturity { get; }
    public double? BondYield { get; }

    public double? ISpreadBp => YearsToMaturity is { } t && BondYield is { } y ? (y - Fit.Curve.YieldAt(t)) * 1e4 : null;

    private BondCurveView(NelsonSiegelSvenssonFit fit, double? years, double? bondYield) =>
        (Fit, YearsToMaturity, BondYield) = (fit, years, bondYield);

    public static BondCurveView Of(DateOnly settlement, DateOnly? maturity = null, double? bondYield = null)
    {
        var fit = DemoGovernmentCurve.Fit(settlement);
        var years = maturity is { } m && m > settlement ? fit.Curve.YearsTo(m) : (double?)null;
        return new(fit, years, years is null ? null : bondYield);
    }

    /// The line from 0 to 30 years (further when the bond is longer), the observations within it, and the bond.
    public YieldCurveChartData ChartData(string bondLabel, YieldCurveChartLabels labels)
    {
        var maxYears = YearsToMaturity is > ChartYears and var t ? Math.Ceiling(t / 5) * 5 : ChartYears;
        var line = Enumerable.Range(0, (int)(maxYears / Step) + 1).Select(i => Point(i * Step, Fit.Curve.YieldAt(i * Step))).ToArray();
        var observed = DemoGovernmentCurve.Observations.Where(o => o.Years <= maxYears).Select(o => Point(o.Years, o.Yield)).ToArray();
        var bond = YearsToMaturity is { } years && BondYield is { } y ? Point(years, y) : null;
        return new(line, observed, bond, bondLabel, maxYears, labels);
    }

    private static double[] Point(double years, double yield) => [Math.Round(years, 6), Math.Round(yield * 100, 6)];
}
