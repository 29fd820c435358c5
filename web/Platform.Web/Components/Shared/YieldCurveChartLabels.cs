namespace Platform.Web.Components.Shared;

/// The chart's words in the page's language: series names and axis titles.
public sealed record YieldCurveChartLabels(string Curve, string Observations, string Bond, string Years, string YearsUnit, string Yield);
