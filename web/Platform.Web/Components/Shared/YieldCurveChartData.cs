namespace Platform.Web.Components.Shared;

/// What the yield-curve chart draws, sent to wwwroot/js/yield-curve-chart.js as JSON: [years, yield %] pairs for the
/// curve line and the observed points, and optionally one highlighted bond point with its label.
public sealed record YieldCurveChartData(
    IReadOnlyList<double[]> Curve,
    IReadOnlyList<double[]> Observations,
    double[]? Bond,
    string BondLabel,
    double MaxYears,
    YieldCurveChartLabels Labels);
