using Platform.BuildingBlocks.Serialization;

namespace Platform.Trading.Domain.Books;

/// A ticket passed its checks and waits for approval; a sale reserves its face.
[MessageManifest("trading.ticket-submitted.v1")]
public sealed record TicketSubmitted(TicketDocument Ticket, string IdempotencyKey, string RequestHash, DateTimeOffset At) : BookEvent(IdempotencyKey, RequestHash, At);
