namespace Platform.Trading.Domain.Books;

/// Book a pre-approved execution (an algorithm's, or a pre-cleared book's) that passed its checks but needs no approval.
public sealed record PlaceOrder(TradeDocument Trade, bool AllowShort, string IdempotencyKey, string RequestHash, DateTimeOffset At)
    : BookCommand(IdempotencyKey, RequestHash, At);
