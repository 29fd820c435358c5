namespace Platform.Host.Api.Analytics;

/// An embedded option: <c>kind</c> <c>call</c> (issuer) or <c>put</c> (holder), on a coupon date, at a price per 100 of
/// the outstanding face (default 100, par).
public sealed record BondOptionDto(string Kind, DateOnly ExerciseDate, double? Price = null);
