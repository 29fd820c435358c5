namespace Platform.Host.Api.Analytics;

/// A published fixing of the swap's floating index on a date (decimal rate).
public sealed record FixingDto(DateOnly Date, double Rate);
