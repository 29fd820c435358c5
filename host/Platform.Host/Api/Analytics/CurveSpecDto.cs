namespace Platform.Host.Api.Analytics;

/// A curve to build, as the API takes it: a template (<c>SHIBOR-3M</c>, <c>FR007</c>, <c>LPR-1Y</c>), the valuation
/// date, one quote per instrument label (decimal rates), the interpolation (<c>log-linear-discount</c> by default,
/// <c>linear-zero</c>, <c>monotone-convex</c>), the calendar (<c>cn-interbank</c>, extended past its data by the
/// projected fixed-date holidays), and for a projection curve the curve it is discounted on.
public sealed record CurveSpecDto(
    string Curve,
    DateOnly ValuationDate,
    Dictionary<string, double> Quotes,
    string? Interpolation = null,
    string? Calendar = null,
    CurveSpecDto? DiscountCurve = null);
