namespace Platform.Trading.Persistence;

/// A row of trading_trades (the list columns).
internal sealed class TradeRow
{
    public string TradeId { get; init; } = "";
    public string BookId { get; init; } = "";
    public long Sequence { get; init; }
    public string? TicketId { get; init; }
    public string Trader { get; init; } = "";
    public string BondId { get; init; } = "";
    public string Direction { get; init; } = "";
    public decimal FaceWan { get; init; }
    public double CleanPrice { get; init; }
    public double FullPrice { get; init; }
    public double Yield { get; init; }
    public decimal SettlementAmount { get; init; }
    public string TradeDate { get; init; } = "";
    public string SettlementDate { get; init; } = "";
    public string CounterpartyId { get; init; } = "";
    public string? CfetsDealNumber { get; init; }
    public long BookedAtMs { get; init; }
}
