using Platform.BuildingBlocks.Serialization;

namespace Platform.Trading.Domain.Books;

/// A derivative is booked in the book, numbered in the book's own derivative sequence.
[MessageManifest("trading.derivative-booked.v1")]
public sealed record DerivativeBooked(string TradeId, long Sequence, DerivativeDocument Derivative, string IdempotencyKey, string RequestHash, DateTimeOffset At)
    : BookEvent(IdempotencyKey, RequestHash, At);
