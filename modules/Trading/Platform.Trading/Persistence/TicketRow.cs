namespace Platform.Trading.Persistence;

/// A row of trading_tickets: the state columns and the submitted document (JSON).
internal sealed class TicketRow
{
    public string TicketId { get; init; } = "";
    public string BookId { get; init; } = "";
    public string Status { get; init; } = "";
    public string? Reason { get; init; }
    public string? WorkflowInstanceId { get; init; }
    public string? TradeId { get; init; }
    public string Document { get; init; } = "";
    public long CreatedAtMs { get; init; }
    public long UpdatedAtMs { get; init; }
}
