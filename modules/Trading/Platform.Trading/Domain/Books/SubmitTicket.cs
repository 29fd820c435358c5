namespace Platform.Trading.Domain.Books;

/// Submit a checked ticket for approval. <see cref="AllowShort"/> is the book's permission, read from reference data.
public sealed record SubmitTicket(TicketDocument Ticket, bool AllowShort, string IdempotencyKey, string RequestHash, DateTimeOffset At)
    : BookCommand(IdempotencyKey, RequestHash, At);
