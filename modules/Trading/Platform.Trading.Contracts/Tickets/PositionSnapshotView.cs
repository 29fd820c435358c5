namespace Platform.Trading.Contracts.Tickets;

/// A book's end-of-day snapshot with its positions as they were valued then.
public sealed record PositionSnapshotView(PositionSnapshotSummary Summary, IReadOnlyList<PositionView> Positions);
