namespace Platform.Web.Components.Shared;

/// What the valuation chart draws, sent to wwwroot/js/valuation-chart.js as JSON: one entry per valuation date
/// (yyyy-MM-dd), oldest first, with the clean price per 100 face and the yield in per cent.
public sealed record ValuationChartData(
    IReadOnlyList<string> Dates,
    IReadOnlyList<double> CleanPrices,
    IReadOnlyList<double> Yields,
    ValuationChartLabels Labels);
