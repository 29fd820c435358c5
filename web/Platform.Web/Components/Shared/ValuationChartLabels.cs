namespace Platform.Web.Components.Shared;

/// The valuation chart's series names in the page's language.
public sealed record ValuationChartLabels(string CleanPrice, string Yield);
