namespace Platform.Trading.Contracts.Tickets;

/// A submitted ticket with its state (<c>PendingApproval</c>, <c>Approved</c>, <c>Executed</c>, <c>Rejected</c>), the
/// approval process instance, the trade once executed, and how many times it was revised after a send-back.
public sealed record TicketView(
    string TicketId,
    string BookId,
    string Trader,
    string Status,
    TicketRequest Request,
    TicketEconomics Economics,
    IReadOnlyList<CheckResult> Checks,
    bool NeedsRiskApproval,
    bool RelatedParty,
    string? WorkflowInstanceId,
    string? TradeId,
    string? Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Revision = 0);
