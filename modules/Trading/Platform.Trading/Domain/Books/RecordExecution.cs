namespace Platform.Trading.Domain.Books;

/// The trader executed an approved ticket on CFETS: book the trade with the executed economics.
public sealed record RecordExecution(string TicketId, TradeDocument Trade, bool AllowShort, string IdempotencyKey, string RequestHash, DateTimeOffset At)
    : BookCommand(IdempotencyKey, RequestHash, At);
