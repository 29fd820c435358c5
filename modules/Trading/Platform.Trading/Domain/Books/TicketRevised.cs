using Platform.BuildingBlocks.Serialization;

namespace Platform.Trading.Domain.Books;

/// A ticket's terms were revised after a send-back: the previous sale reservation is released, the revised one taken.
/// <see cref="PreviousBondId"/> names the bond the ticket was on before, whose figures move too.
[MessageManifest("trading.ticket-revised.v1")]
public sealed record TicketRevised(TicketDocument Ticket, string PreviousBondId, string IdempotencyKey, string RequestHash, DateTimeOffset At)
    : BookEvent(IdempotencyKey, RequestHash, At);
