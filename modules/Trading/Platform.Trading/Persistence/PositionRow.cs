namespace Platform.Trading.Persistence;

/// A row of trading_positions.
internal sealed class PositionRow
{
    public string BookId { get; init; } = "";
    public string BondId { get; init; } = "";
    public decimal FaceWan { get; init; }
    public decimal ReservedWan { get; init; }
    public long UpdatedAtMs { get; init; }
}
