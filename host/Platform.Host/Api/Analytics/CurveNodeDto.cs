namespace Platform.Host.Api.Analytics;

/// One instrument of a built curve. Rates are decimals; the zero rate is continuously compounded ACT/365F.
public sealed record CurveNodeDto(
    string Label,
    DateOnly StartDate,
    DateOnly MaturityDate,
    DateOnly PillarDate,
    double Quote,
    double RepricedQuote,
    double DiscountFactor,
    double ZeroRate);
