namespace Platform.Trading.Persistence;

/// A derivative as the read model keeps it: its id, book, sequence, booking time, and the booked document (JSON).
internal sealed class DerivativeRow
{
    public string TradeId { get; init; } = "";
    public string BookId { get; init; } = "";
    public long Sequence { get; init; }
    public string Document { get; init; } = "";
    public long BookedAtMs { get; init; }
}
