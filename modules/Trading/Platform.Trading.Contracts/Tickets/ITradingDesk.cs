using Platform.BuildingBlocks.Paging;

namespace Platform.Trading.Contracts.Tickets;

/// The front office's desk: tickets from preview to execution, pre-approved orders, and the read side (tickets, trades,
/// positions). Bad input is a ValidationFailedException naming the field; failed checks a
/// <see cref="PreTradeChecksFailedException"/>; a book's refusal a DomainException, NotFoundException or ConflictException.
/// The same idempotency key from the same user returns the first result.
public interface ITradingDesk
{
    Task<TicketPreview> PreviewAsync(TicketRequest request, string trader, CancellationToken ct);

    Task<TicketView> SubmitTicketAsync(TicketRequest request, string trader, string idempotencyKey, CancellationToken ct);

    /// Replaces a sent-back ticket's terms (same book) with a revision, checked again, and resubmits it for approval.
    Task<TicketView> ReviseTicketAsync(string ticketId, TicketRequest request, string trader, string idempotencyKey, CancellationToken ct);

    /// What a revision of a ticket would be now, its own reservation and exposure counted as released. Changes nothing.
    Task<TicketPreview> PreviewRevisionAsync(string ticketId, TicketRequest request, string trader, CancellationToken ct);

    Task<TicketView?> FindTicketAsync(string ticketId, CancellationToken ct);

    Task<PagedResult<TicketView>> ListTicketsAsync(TicketQuery query, PageRequest page, CancellationToken ct);

    Task<TicketView> RecordExecutionAsync(string ticketId, ExecutionRequest request, string trader, string idempotencyKey, CancellationToken ct);

    Task<OrderResult> PlaceOrderAsync(OrderRequest request, string trader, string idempotencyKey, CancellationToken ct);

    Task<PagedResult<TradeView>> ListTradesAsync(TradeQuery query, PageRequest page, CancellationToken ct);

    Task<IReadOnlyList<PositionView>> PositionsAsync(string bookId, CancellationToken ct);
}
