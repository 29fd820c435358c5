namespace Platform.Trading.Persistence;

/// A row of trading_book_traders.
internal sealed class BookTraderRow
{
    public string BookId { get; init; } = "";
    public string UserName { get; init; } = "";
    public decimal MaxFacePerTicketWan { get; init; }
}
