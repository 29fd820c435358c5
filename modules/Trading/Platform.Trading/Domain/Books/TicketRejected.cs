using Platform.BuildingBlocks.Serialization;

namespace Platform.Trading.Domain.Books;

/// The ticket was rejected or withdrawn; a sale's reservation is released.
[MessageManifest("trading.ticket-rejected.v1")]
public sealed record TicketRejected(string TicketId, string BondId, string Reason, string IdempotencyKey, string RequestHash, DateTimeOffset At) : BookEvent(IdempotencyKey, RequestHash, At);
