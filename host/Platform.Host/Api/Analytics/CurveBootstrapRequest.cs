namespace Platform.Host.Api.Analytics;

/// Body of <c>POST /api/v1/analytics/curves/bootstrap</c>: the curve, and the tenors to report discount factors, zero
/// rates and 3M forwards at (default 1M … 30Y).
public sealed record CurveBootstrapRequest(CurveSpecDto Curve, IReadOnlyList<string>? Grid = null);
