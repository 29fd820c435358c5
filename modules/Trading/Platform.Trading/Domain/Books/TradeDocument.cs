using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Domain.Books;

/// A trade as booked: the request's terms, the executed economics, the CFETS deal number, and the ticket it came from
/// (none for a pre-approved order).
public sealed record TradeDocument(
    string Trader,
    TicketRequest Request,
    TicketEconomics Economics,
    string? CfetsDealNumber,
    string? TicketId,
    IReadOnlyList<CheckResult> Checks);
