namespace Platform.Host.Api.Analytics;

/// A built curve: each instrument with its dates, quote, repriced quote and pillar discount factor, and the curve at
/// the requested tenors.
public sealed record CurveBootstrapResult(
    string Name,
    DateOnly ValuationDate,
    string Interpolation,
    string Calendar,
    IReadOnlyList<CurveNodeDto> Nodes,
    IReadOnlyList<CurvePointDto> Points);
