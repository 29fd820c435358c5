using Platform.BuildingBlocks.Serialization;

namespace Platform.Trading.Domain.Books;

/// A trade is booked in the book: from an approved ticket's execution, or a pre-approved order. The held face moves.
[MessageManifest("trading.trade-booked.v1")]
public sealed record TradeBooked(string TradeId, long Sequence, TradeDocument Trade, string IdempotencyKey, string RequestHash, DateTimeOffset At)
    : BookEvent(IdempotencyKey, RequestHash, At);
