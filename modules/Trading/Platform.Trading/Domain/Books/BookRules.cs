using System.Globalization;
using Platform.SharedKernel;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Domain.Books;

/// The rules of a book, pure: <see cref="Decide"/> turns a command into events, the earlier result of its key, or a
/// refusal; <see cref="Apply"/> folds an event into the state. The entity journals what Decide accepts and applies it.
public static class BookRules
{
    public static BookDecision Decide(BookState state, BookCommand command)
    {
        if (state.Seen.TryGet(command.IdempotencyKey, out var seen))
            return seen.RequestHash == command.RequestHash
                ? new BookDecision.Duplicate(seen.ResultId)
                : new BookDecision.Refuse(RefusalKind.Conflict, new LocalizedText("该幂等键已用于另一请求", "this idempotency key was used for a different request").Current, "Idempotency-Key");
        return command switch
        {
            SubmitTicket c => Submit(state, c),
            ReviseTicket c => Revise(state, c),
            ApproveTicket c => Approve(state, c),
            RejectTicket c => Reject(state, c),
            RecordExecution c => Execute(state, c),
            PlaceOrder c => Place(state, c),
            BookDerivative c => new BookDecision.Accept([new DerivativeBooked(DerivativeId(state.BookId, state.DerivativeCount + 1), state.DerivativeCount + 1,
                c.Derivative, c.IdempotencyKey, c.RequestHash, c.At)]),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "unknown book command"),
        };
    }

    public static BookState Apply(BookState state, BookEvent @event) => @event switch
    {
        TicketSubmitted e => ApplySubmitted(state, e),
        TicketRevised e => ApplySubmitted(Close(state, e.Ticket.TicketId), new TicketSubmitted(e.Ticket, e.IdempotencyKey, e.RequestHash, e.At)),
        TicketApproved e => state with
        {
            Tickets = state.Tickets.SetItem(e.TicketId, state.Tickets[e.TicketId] with { Status = TicketStatuses.Approved }),
            Seen = state.Seen.Add(e.IdempotencyKey, e.TicketId, e.RequestHash),
        },
        TicketRejected e => Close(state, e.TicketId) with { Seen = state.Seen.Add(e.IdempotencyKey, e.TicketId, e.RequestHash) },
        TradeBooked e => ApplyBooked(state, e),
        DerivativeBooked e => state with { DerivativeCount = e.Sequence, Seen = state.Seen.Add(e.IdempotencyKey, e.TradeId, e.RequestHash) },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "unknown book event"),
    };

    public static string TradeId(string bookId, long sequence) => $"{bookId}-{sequence.ToString("D8", CultureInfo.InvariantCulture)}";

    /// Derivatives are numbered apart from bond trades (<c>RATES-TRD-D00000001</c>), so bond trade sequences stay gapless.
    public static string DerivativeId(string bookId, long sequence) => $"{bookId}-D{sequence.ToString("D8", CultureInfo.InvariantCulture)}";

    private static BookDecision Submit(BookState state, SubmitTicket c)
    {
        var t = c.Ticket;
        if (state.Tickets.ContainsKey(t.TicketId))
            return new BookDecision.Refuse(RefusalKind.Conflict, new LocalizedText($"审批单 {t.TicketId} 已存在", $"ticket {t.TicketId} exists already").Current);
        if (ShortBy(state, t.Request, c.AllowShort) is { } refusal) return refusal;
        return new BookDecision.Accept([new TicketSubmitted(t, c.IdempotencyKey, c.RequestHash, c.At)]);
    }

    private static BookDecision Revise(BookState state, ReviseTicket c)
    {
        var t = c.Ticket;
        if (!state.Tickets.TryGetValue(t.TicketId, out var open)) return NotOpen(t.TicketId);
        if (open.Status != TicketStatuses.PendingApproval)
            return new BookDecision.Refuse(RefusalKind.Conflict, new LocalizedText($"审批单 {t.TicketId} 状态为 {open.Status}，不能修改", $"ticket {t.TicketId} is {open.Status}: it cannot be revised").Current);
        // the ticket's own reservation is released by the revision, so it counts as available for the revised sale
        var released = open.Direction == TradeDirections.Sell && open.BondId == t.Request.BondId ? open.FaceWan : 0m;
        if (ShortBy(state, t.Request, c.AllowShort, released) is { } refusal) return refusal;
        return new BookDecision.Accept([new TicketRevised(t, open.BondId, c.IdempotencyKey, c.RequestHash, c.At)]);
    }

    private static BookDecision Approve(BookState state, ApproveTicket c)
    {
        if (!state.Tickets.TryGetValue(c.TicketId, out var ticket)) return NotOpen(c.TicketId);
        return ticket.Status switch
        {
            TicketStatuses.PendingApproval => new BookDecision.Accept([new TicketApproved(c.TicketId, c.IdempotencyKey, c.RequestHash, c.At)]),
            TicketStatuses.Approved => new BookDecision.Duplicate(c.TicketId),
            _ => new BookDecision.Refuse(RefusalKind.Conflict, new LocalizedText($"审批单 {c.TicketId} 状态为 {ticket.Status}", $"ticket {c.TicketId} is {ticket.Status}").Current),
        };
    }

    private static BookDecision Reject(BookState state, RejectTicket c) =>
        state.Tickets.TryGetValue(c.TicketId, out var ticket)
            ? new BookDecision.Accept([new TicketRejected(c.TicketId, ticket.BondId, c.Reason, c.IdempotencyKey, c.RequestHash, c.At)])
            : NotOpen(c.TicketId);

    private static BookDecision Execute(BookState state, RecordExecution c)
    {
        if (!state.Tickets.TryGetValue(c.TicketId, out var ticket)) return NotOpen(c.TicketId);
        if (ticket.Status != TicketStatuses.Approved)
            return new BookDecision.Refuse(RefusalKind.Conflict, new LocalizedText($"审批单 {c.TicketId} 尚未审批通过，不能录入成交", $"ticket {c.TicketId} is not approved yet: no execution can be recorded").Current);
        var sequence = state.TradeCount + 1;
        return new BookDecision.Accept([new TradeBooked(TradeId(state.BookId, sequence), sequence, c.Trade, c.IdempotencyKey, c.RequestHash, c.At)]);
    }

    private static BookDecision Place(BookState state, PlaceOrder c)
    {
        if (ShortBy(state, c.Trade.Request, c.AllowShort) is { } refusal) return refusal;
        var sequence = state.TradeCount + 1;
        return new BookDecision.Accept([new TradeBooked(TradeId(state.BookId, sequence), sequence, c.Trade, c.IdempotencyKey, c.RequestHash, c.At)]);
    }

    /// A sale beyond the face available (held less promised) in a book that may not go short.
    private static BookDecision.Refuse? ShortBy(BookState state, TicketRequest request, bool allowShort, decimal releasedWan = 0m)
    {
        if (request.Direction != TradeDirections.Sell || allowShort) return null;
        var available = state.HeldFace(request.BondId) - state.ReservedFace(request.BondId) + releasedWan;
        if (request.FaceWan <= available) return null;
        return new BookDecision.Refuse(RefusalKind.Rule, new LocalizedText(
            $"可卖面额 {available:#,##0.####} 万不足 {request.FaceWan:#,##0.####} 万，账簿不允许卖空",
            $"only {available:#,##0.####} 万 available to sell, less than {request.FaceWan:#,##0.####} 万, and the book may not go short").Current, "faceWan");
    }

    private static BookDecision NotOpen(string ticketId) =>
        new BookDecision.Refuse(RefusalKind.NotFound, new LocalizedText($"账簿中没有待处理的审批单 {ticketId}", $"the book has no open ticket {ticketId}").Current);

    private static BookState ApplySubmitted(BookState state, TicketSubmitted e)
    {
        var r = e.Ticket.Request;
        var open = new OpenTicket(e.Ticket.TicketId, r.BondId, r.Direction, r.FaceWan, TicketStatuses.PendingApproval, e.Ticket);
        return state with
        {
            Tickets = state.Tickets.Add(open.TicketId, open),
            Reserved = r.Direction == TradeDirections.Sell ? Adjust(state.Reserved, r.BondId, r.FaceWan) : state.Reserved,
            Seen = state.Seen.Add(e.IdempotencyKey, e.Ticket.TicketId, e.RequestHash),
        };
    }

    private static BookState ApplyBooked(BookState state, TradeBooked e)
    {
        var r = e.Trade.Request;
        var closed = e.Trade.TicketId is { } ticketId ? Close(state, ticketId) : state;
        return closed with
        {
            Held = Adjust(closed.Held, r.BondId, r.Direction == TradeDirections.Sell ? -r.FaceWan : r.FaceWan),
            TradeCount = e.Sequence,
            Seen = closed.Seen.Add(e.IdempotencyKey, e.TradeId, e.RequestHash),
        };
    }

    /// Takes a ticket out of the open ones, releasing a sale's reservation.
    private static BookState Close(BookState state, string ticketId)
    {
        if (!state.Tickets.TryGetValue(ticketId, out var ticket)) return state;
        return state with
        {
            Tickets = state.Tickets.Remove(ticketId),
            Reserved = ticket.Direction == TradeDirections.Sell ? Adjust(state.Reserved, ticket.BondId, -ticket.FaceWan) : state.Reserved,
        };
    }

    private static System.Collections.Immutable.ImmutableDictionary<string, decimal> Adjust(System.Collections.Immutable.ImmutableDictionary<string, decimal> map, string key, decimal delta)
    {
        var value = map.GetValueOrDefault(key) + delta;
        return value == 0 ? map.Remove(key) : map.SetItem(key, value);
    }
}
