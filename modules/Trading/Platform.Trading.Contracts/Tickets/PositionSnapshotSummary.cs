namespace Platform.Trading.Contracts.Tickets;

/// One book's end-of-day snapshot: the day, how many positions it holds, their clean market value and DV01 added up
/// (yuan; positions without a valuation add nothing), who took it and when.
public sealed record PositionSnapshotSummary(
    DateOnly Date,
    string BookId,
    int Positions,
    decimal CleanMarketValue,
    decimal Dv01,
    string TakenBy,
    DateTimeOffset TakenAt);
