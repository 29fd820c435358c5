namespace Platform.Host.Api.Analytics;

/// The curve at one tenor: discount factor, continuously compounded ACT/365F zero rate, and the simple ACT/360 forward
/// rate over the following three months.
public sealed record CurvePointDto(string Tenor, DateOnly Date, double Years, double DiscountFactor, double ZeroRate, double Forward3M);
