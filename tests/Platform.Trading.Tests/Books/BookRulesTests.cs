using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Domain.Books;
using Platform.Trading.Tests.Tickets;
using Xunit;
using static Platform.Trading.Tests.Tickets.TicketSamples;

namespace Platform.Trading.Tests.Books;

/// The book's rules without an actor: what each command decides, keys, reservations, and that the fold of the events
/// always equals the trades booked.
public sealed class BookRulesTests
{
    private static BookState Run(BookState state, BookCommand command, out BookDecision decision)
    {
        decision = BookRules.Decide(state, command);
        return decision is BookDecision.Accept accept ? accept.Events.Aggregate(state, BookRules.Apply) : state;
    }

    [Fact]
    public void Orders_book_trades_with_consecutive_ids_and_move_the_held_face()
    {
        var state = BookState.Empty("BOOK");
        state = Run(state, new PlaceOrder(Trade(faceWan: 1000m), false, "k1", "h1", At), out var first);
        state = Run(state, new PlaceOrder(Trade(TradeDirections.Sell, 300m), false, "k2", "h2", At), out var second);
        Assert.Equal("BOOK-00000001", ((TradeBooked)Assert.IsType<BookDecision.Accept>(first).Events[0]).TradeId);
        Assert.Equal("BOOK-00000002", ((TradeBooked)Assert.IsType<BookDecision.Accept>(second).Events[0]).TradeId);
        Assert.Equal(700m, state.HeldFace("B1"));
        Assert.Equal(2, state.TradeCount);
    }

    [Fact]
    public void The_same_key_returns_the_first_result_and_a_key_reused_for_another_request_is_refused()
    {
        var state = Run(BookState.Empty("BOOK"), new PlaceOrder(Trade(), false, "k1", "h1", At), out _);
        var again = Run(state, new PlaceOrder(Trade(), false, "k1", "h1", At), out var duplicate);
        Assert.Equal("BOOK-00000001", Assert.IsType<BookDecision.Duplicate>(duplicate).ResultId);
        Assert.Same(state, again);
        Run(state, new PlaceOrder(Trade(faceWan: 5m), false, "k1", "other", At), out var reused);
        Assert.Equal(RefusalKind.Conflict, Assert.IsType<BookDecision.Refuse>(reused).Kind);
    }

    [Fact]
    public void A_sale_beyond_what_is_available_is_refused_unless_the_book_may_go_short()
    {
        var state = Run(BookState.Empty("BOOK"), new PlaceOrder(Trade(faceWan: 100m), false, "k1", "h", At), out _);
        Run(state, new PlaceOrder(Trade(TradeDirections.Sell, 150m), false, "k2", "h", At), out var refused);
        var refusal = Assert.IsType<BookDecision.Refuse>(refused);
        Assert.Equal(("faceWan", RefusalKind.Rule), (refusal.Field, refusal.Kind));
        state = Run(state, new PlaceOrder(Trade(TradeDirections.Sell, 150m), true, "k3", "h", At), out var shorted);
        Assert.IsType<BookDecision.Accept>(shorted);
        Assert.Equal(-50m, state.HeldFace("B1"));
    }

    [Fact]
    public void An_open_sale_ticket_reserves_its_face_until_it_is_rejected_or_executed()
    {
        var state = Run(BookState.Empty("BOOK"), new PlaceOrder(Trade(faceWan: 100m), false, "k1", "h", At), out _);
        state = Run(state, new SubmitTicket(Ticket("T1", TradeDirections.Sell, 80m), false, "k2", "h", At), out _);
        Assert.Equal(80m, state.ReservedFace("B1"));
        Run(state, new PlaceOrder(Trade(TradeDirections.Sell, 30m), false, "k3", "h", At), out var refused);
        Assert.IsType<BookDecision.Refuse>(refused);

        var rejected = Run(state, new RejectTicket("T1", "desk said no", "k4", At), out _);
        Assert.Equal(0m, rejected.ReservedFace("B1"));
        Run(rejected, new PlaceOrder(Trade(TradeDirections.Sell, 30m), false, "k5", "h", At), out var accepted);
        Assert.IsType<BookDecision.Accept>(accepted);

        Run(state, new RecordExecution("T1", Trade(TradeDirections.Sell, 80m, ticketId: "T1"), false, "k6", "h", At), out var early);
        Assert.Equal(RefusalKind.Conflict, Assert.IsType<BookDecision.Refuse>(early).Kind);
        state = Run(state, new ApproveTicket("T1", "k7", At), out _);
        state = Run(state, new RecordExecution("T1", Trade(TradeDirections.Sell, 80m, ticketId: "T1"), false, "k8", "h", At), out var executed);
        Assert.Equal("T1", ((TradeBooked)Assert.IsType<BookDecision.Accept>(executed).Events[0]).Trade.TicketId);
        Assert.Equal((20m, 0m), (state.HeldFace("B1"), state.ReservedFace("B1")));
        Assert.Empty(state.Tickets);
        Run(state, new ApproveTicket("T1", "k9", At), out var late);
        Assert.Equal(RefusalKind.NotFound, Assert.IsType<BookDecision.Refuse>(late).Kind);
    }

    [Fact]
    public void Under_any_sequence_of_commands_the_held_face_is_the_sum_of_booked_trades_and_the_reserve_that_of_open_sales()
    {
        var random = new Random(42);
        var state = BookState.Empty("BOOK");
        var booked = new List<TradeBooked>();
        var bonds = new[] { "B1", "B2", "B3" };
        for (var i = 0; i < 3000; i++)
        {
            var bond = bonds[random.Next(bonds.Length)];
            var direction = random.Next(2) == 0 ? TradeDirections.Buy : TradeDirections.Sell;
            var face = random.Next(1, 20) * 10m;
            var key = random.Next(10) == 0 && i > 0 ? $"k{random.Next(i)}" : $"k{i}";   // some retries of earlier keys
            BookCommand command = random.Next(5) switch
            {
                0 => new SubmitTicket(Ticket($"T{i}", direction, face, bond), random.Next(4) == 0, key, $"h{key}", At),
                1 when state.Tickets.Count > 0 => new ApproveTicket(state.Tickets.Keys.ElementAt(random.Next(state.Tickets.Count)), key, At),
                2 when state.Tickets.Values.FirstOrDefault(t => t.Status == TicketStatuses.Approved) is { } approved =>
                    new RecordExecution(approved.TicketId, Trade(approved.Direction, approved.FaceWan, approved.BondId, approved.TicketId), false, key, $"h{key}", At),
                3 when state.Tickets.Count > 0 => new RejectTicket(state.Tickets.Keys.First(), "no", key, At),
                _ => new PlaceOrder(Trade(direction, face, bond), random.Next(4) == 0, key, $"h{key}", At),
            };
            var decision = BookRules.Decide(state, command);
            if (decision is not BookDecision.Accept accept) continue;
            booked.AddRange(accept.Events.OfType<TradeBooked>());
            state = accept.Events.Aggregate(state, BookRules.Apply);
            Assert.All(bonds, b => Assert.True(state.ReservedFace(b) >= 0));
        }
        foreach (var bond in bonds)
        {
            Assert.Equal(booked.Where(t => t.Trade.Request.BondId == bond).Sum(t => t.Trade.Request.Direction == TradeDirections.Sell ? -t.Trade.Request.FaceWan : t.Trade.Request.FaceWan),
                state.HeldFace(bond));
            Assert.Equal(state.Tickets.Values.Where(t => t.BondId == bond && t.Direction == TradeDirections.Sell).Sum(t => t.FaceWan), state.ReservedFace(bond));
        }
        Assert.Equal(booked.Select(b => b.TradeId).Distinct().Count(), booked.Count);
        Assert.True(booked.Count > 300, $"{booked.Count} trades");
    }

    [Fact]
    public void Derivatives_are_numbered_apart_from_trades_remembered_by_key_and_move_no_inventory()
    {
        var state = Run(BookState.Empty("BOOK"), new PlaceOrder(Trade(faceWan: 100m), false, "k1", "h1", At), out _);
        var swap = new DerivativeDocument("Swap", "trader1", "ICBC", "IRS-1", null, null, null, []);
        state = Run(state, new BookDerivative(swap, "d1", "hd1", At), out var first);
        state = Run(state, new BookDerivative(swap, "d2", "hd2", At), out var second);
        Assert.Equal("BOOK-D00000001", ((DerivativeBooked)Assert.IsType<BookDecision.Accept>(first).Events[0]).TradeId);
        Assert.Equal(2, ((DerivativeBooked)Assert.IsType<BookDecision.Accept>(second).Events[0]).Sequence);
        Assert.Equal((1L, 2L, 100m), (state.TradeCount, state.DerivativeCount, state.HeldFace("B1")));

        Run(state, new BookDerivative(swap, "d1", "hd1", At), out var retry);
        Assert.Equal("BOOK-D00000001", Assert.IsType<BookDecision.Duplicate>(retry).ResultId);
        Run(state, new BookDerivative(swap, "d1", "other", At), out var reused);
        Assert.Equal(RefusalKind.Conflict, Assert.IsType<BookDecision.Refuse>(reused).Kind);
        state = Run(state, new PlaceOrder(Trade(faceWan: 5m), false, "k2", "h2", At), out var order);
        Assert.Equal("BOOK-00000002", ((TradeBooked)Assert.IsType<BookDecision.Accept>(order).Events[0]).TradeId);   // bond trades stay gapless
    }

    [Fact]
    public void A_revision_moves_the_sale_reservation_counts_the_tickets_own_face_as_available_and_needs_a_pending_ticket()
    {
        var state = Run(BookState.Empty("BOOK"), new PlaceOrder(Trade(faceWan: 100m), false, "k1", "h", At), out _);
        state = Run(state, new SubmitTicket(Ticket("T1", TradeDirections.Sell, 80m), false, "k2", "h", At), out _);
        // 100 held, 80 promised by T1 itself: a revision to 100 fits, one to 101 does not
        Run(state, new ReviseTicket(Ticket("T1", TradeDirections.Sell, 101m), false, "k3", "h3", At), out var tooMuch);
        Assert.Equal(RefusalKind.Rule, Assert.IsType<BookDecision.Refuse>(tooMuch).Kind);
        var revised = Run(state, new ReviseTicket(Ticket("T1", TradeDirections.Sell, 100m), false, "k4", "h4", At), out var accepted);
        Assert.IsType<BookDecision.Accept>(accepted);
        Assert.Equal(100m, revised.ReservedFace("B1"));
        var moved = Run(revised, new ReviseTicket(Ticket("T1", TradeDirections.Sell, 30m, "B2"), true, "k5", "h5", At), out _);
        Assert.Equal((0m, 30m), (moved.ReservedFace("B1"), moved.ReservedFace("B2")));
        var approved = Run(moved, new ApproveTicket("T1", "k6", At), out _);
        Run(approved, new ReviseTicket(Ticket("T1", TradeDirections.Sell, 10m), false, "k7", "h7", At), out var late);
        Assert.Equal(RefusalKind.Conflict, Assert.IsType<BookDecision.Refuse>(late).Kind);
    }
}
