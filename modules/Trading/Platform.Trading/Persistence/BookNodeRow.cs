namespace Platform.Trading.Persistence;

/// A row of trading_book_nodes.
internal sealed class BookNodeRow
{
    public string NodeId { get; init; } = "";
    public string? ParentId { get; init; }
    public string NodeLevel { get; init; } = "";
    public string Name { get; init; } = "";
    public string? AccountingClass { get; init; }
    public long AllowShort { get; init; }
}
