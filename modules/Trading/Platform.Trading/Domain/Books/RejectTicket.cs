namespace Platform.Trading.Domain.Books;

/// The approval process has rejected the ticket, or the trader withdrew it.
public sealed record RejectTicket(string TicketId, string Reason, string IdempotencyKey, DateTimeOffset At) : BookCommand(IdempotencyKey, TicketId, At);
