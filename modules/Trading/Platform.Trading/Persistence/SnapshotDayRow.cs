namespace Platform.Trading.Persistence;

/// A row of trading_snapshot_days: one book's snapshot of one day.
internal sealed class SnapshotDayRow
{
    public long Positions { get; init; }
    public long TakenAtMs { get; init; }
    public string TakenBy { get; init; } = "";
}
