using Platform.BuildingBlocks.Serialization;

namespace Platform.Trading.Domain.Books;

/// The approval process approved the ticket: it may now be executed.
[MessageManifest("trading.ticket-approved.v1")]
public sealed record TicketApproved(string TicketId, string IdempotencyKey, string RequestHash, DateTimeOffset At) : BookEvent(IdempotencyKey, RequestHash, At);
