namespace Platform.Trading.Domain.Books;

/// Replace a sent-back ticket's terms with the trader's revision, checked again; it waits for approval anew.
public sealed record ReviseTicket(TicketDocument Ticket, bool AllowShort, string IdempotencyKey, string RequestHash, DateTimeOffset At)
    : BookCommand(IdempotencyKey, RequestHash, At);
