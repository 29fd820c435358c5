namespace Platform.Trading.Domain.Books;

/// The approval process has approved the ticket.
public sealed record ApproveTicket(string TicketId, string IdempotencyKey, DateTimeOffset At) : BookCommand(IdempotencyKey, TicketId, At);
