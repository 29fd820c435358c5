using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Platform.BuildingBlocks.Outbox;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Serialization;
using Platform.SharedKernel;
using Platform.Trading.Contracts.Events;
using Platform.Trading.Domain.Books;

namespace Platform.Trading.Projection;

/// Writes book projections, many per transaction: tickets and trades are inserted once (written again after a
/// restart, they change nothing), ticket states move forward only, positions take the entity's own figures when newer,
/// and each trade inserted for the first time enqueues its <see cref="TradeBookedEvent"/> (a derivative its
/// <see cref="DerivativeBookedEvent"/>) in the same transaction. Documents and events are rendered to JSON before the
/// transaction begins: on SQLite it holds the file's write lock, which the audit trail and the outbox wait for.
internal sealed class TradingProjectionStore(ISqlConnectionFactory connections, IOutbox outbox, IClock clock)
{
    private readonly string _upsertPosition = connections.Dialect.Upsert("trading_positions", ["book_id", "bond_id"],
        ["face_wan", "reserved_wan", "journal_seq", "updated_at_ms"]);

    public async Task WriteAsync(IReadOnlyCollection<BookProjection> batch, CancellationToken ct)
    {
        var rendered = new List<RenderedEvent>();
        foreach (var projection in batch)
            foreach (var (_, e) in projection.Events)
                rendered.Add(Render(projection.BookId, e));
        await using var conn = await connections.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var now = clock.UtcNow.ToUnixTimeMilliseconds();
        await using (var statements = new Statements(conn, tx, _upsertPosition))
        {
            var booked = new List<OutboxMessage>();
            foreach (var e in rendered)
                await WriteEventAsync(statements, e, booked, now, ct);
            await outbox.EnqueueAsync(booked, conn, tx, ct);
            // the latest figure of each position in the batch (a book's projections arrive in journal order)
            var latest = new Dictionary<(string Book, string Bond), (PositionFigure Figure, long Seq)>();
            foreach (var projection in batch)
                foreach (var p in projection.Positions)
                    latest[(projection.BookId, p.BondId)] = (p, projection.JournalSeq);
            foreach (var ((book, bond), (figure, seq)) in latest)
                await WritePositionAsync(statements, book, bond, figure, seq, now, ct);
        }
        await tx.CommitAsync(ct);
    }

    /// An event with its JSON document (tickets, trades, derivatives) and, for a booking, its outbox message.
    private sealed record RenderedEvent(string BookId, BookEvent Event, string? Document, OutboxMessage? Message);

    private RenderedEvent Render(string bookId, BookEvent e) => e switch
    {
        TicketSubmitted s => new(bookId, e, Json(s.Ticket), null),
        TicketRevised v => new(bookId, e, Json(v.Ticket), null),
        TradeBooked b => new(bookId, e, Json(b.Trade), outbox.Render(ToEvent(bookId, b))),
        DerivativeBooked d => new(bookId, e, Json(d.Derivative), outbox.Render(ToEvent(bookId, d))),
        _ => new(bookId, e, null, null),
    };

    private static string Json<T>(T document) => JsonSerializer.Serialize(document, PlatformJsonSerializer.JsonOptions);

    private static async Task WriteEventAsync(Statements statements, RenderedEvent rendered, List<OutboxMessage> booked, long now, CancellationToken ct)
    {
        var (bookId, document) = (rendered.BookId, rendered.Document);
        switch (rendered.Event)
        {
            case TicketSubmitted s:
                var t = s.Ticket;
                await statements.InsertTicket.ExecuteAsync(ct, t.TicketId, bookId, t.Trader, t.Request.BondId, t.Request.Direction, t.Request.FaceWan,
                    t.Economics.CleanPrice, t.Economics.YieldToMaturity, t.Economics.SettlementAmount, Iso(t.Economics.TradeDate), t.Request.CounterpartyId,
                    TicketStatuses.PendingApproval, s.IdempotencyKey, s.RequestHash, document, s.At.ToUnixTimeMilliseconds());
                break;
            case TicketRevised v:
                var r1 = v.Ticket;
                await statements.ReviseTicket.ExecuteAsync(ct, r1.TicketId, r1.Request.BondId, r1.Request.Direction, r1.Request.FaceWan, r1.Economics.CleanPrice,
                    r1.Economics.YieldToMaturity, r1.Economics.SettlementAmount, Iso(r1.Economics.TradeDate), r1.Request.CounterpartyId, document,
                    v.At.ToUnixTimeMilliseconds());
                break;
            case TicketApproved a:
                await statements.MoveTicket.ExecuteAsync(ct, a.TicketId, TicketStatuses.Approved, null, null, now, TicketStatuses.PendingApproval, TicketStatuses.PendingApproval);
                break;
            case TicketRejected r:
                await statements.MoveTicket.ExecuteAsync(ct, r.TicketId, TicketStatuses.Rejected, r.Reason, null, now, TicketStatuses.PendingApproval, TicketStatuses.Approved);
                break;
            case TradeBooked b:
                var (q, x) = (b.Trade.Request, b.Trade.Economics);
                var inserted = await statements.InsertTrade.ExecuteAsync(ct, b.TradeId, bookId, b.Sequence, b.Trade.TicketId, b.Trade.Trader, q.BondId, q.Direction,
                    q.FaceWan, x.CleanPrice, x.FullPrice, x.YieldToMaturity, x.SettlementAmount, Iso(x.TradeDate), Iso(x.SettlementDate), q.CounterpartyId,
                    b.Trade.CfetsDealNumber, b.IdempotencyKey, b.RequestHash, document, b.At.ToUnixTimeMilliseconds());
                if (inserted > 0) booked.Add(rendered.Message!);   // written again after a restart, a trade raises no second event
                if (b.Trade.TicketId is { } ticketId)
                    await statements.MoveTicket.ExecuteAsync(ct, ticketId, TicketStatuses.Executed, null, b.TradeId, now, TicketStatuses.PendingApproval, TicketStatuses.Approved);
                break;
            case DerivativeBooked d:
                var row = DerivativeColumns.Of(d.Derivative);
                var added = await statements.InsertDerivative.ExecuteAsync(ct, d.TradeId, bookId, d.Sequence, d.Derivative.Kind, row.Instrument, row.Direction,
                    row.NotionalWan, row.RateOrPrice, Iso(row.TradeDate), Iso(row.MaturityDate), d.Derivative.Trader, d.Derivative.CounterpartyId,
                    d.Derivative.CfetsDealNumber, d.IdempotencyKey, d.RequestHash, document, d.At.ToUnixTimeMilliseconds());
                if (added > 0) booked.Add(rendered.Message!);
                break;
        }
    }

    private static async Task WritePositionAsync(Statements statements, string bookId, string bondId, PositionFigure p, long seq, long now, CancellationToken ct)
    {
        var current = await statements.PositionSeq.ScalarAsync(ct, bookId, bondId);
        if (current is not null && Convert.ToInt64(current, CultureInfo.InvariantCulture) >= seq) return;   // a newer figure is there already
        await statements.UpsertPosition.ExecuteAsync(ct, bookId, bondId, p.HeldWan, p.ReservedWan, seq, now);
    }

    /// The statements of one projection transaction, each parsed once for the whole batch.
    private sealed class Statements(DbConnection conn, DbTransaction tx, string upsertPosition) : IAsyncDisposable
    {
        public RepeatedStatement InsertTicket { get; } = new(conn, tx, """
            INSERT INTO trading_tickets (ticket_id, book_id, trader, bond_id, direction, face_wan, clean_price, yield, settlement_amount, trade_date,
                counterparty_id, status, reason, workflow_instance_id, trade_id, idempotency_key, request_hash, document, created_at_ms, updated_at_ms)
            SELECT @TicketId, @BookId, @Trader, @BondId, @Direction, @FaceWan, @CleanPrice, @Yield, @SettlementAmount, @TradeDate,
                @CounterpartyId, @Status, NULL, NULL, NULL, @Key, @Hash, @Document, @At, @At
            WHERE NOT EXISTS (SELECT 1 FROM trading_tickets WHERE ticket_id = @TicketId)
            """, "@TicketId", "@BookId", "@Trader", "@BondId", "@Direction", "@FaceWan", "@CleanPrice", "@Yield", "@SettlementAmount", "@TradeDate",
            "@CounterpartyId", "@Status", "@Key", "@Hash", "@Document", "@At");

        /// Ticket states move forward only: from one of two earlier states (the same one twice when only one may precede).
        public RepeatedStatement MoveTicket { get; } = new(conn, tx, """
            UPDATE trading_tickets SET status = @Status, reason = COALESCE(@Reason, reason), trade_id = COALESCE(@TradeId, trade_id), updated_at_ms = @Now
            WHERE ticket_id = @TicketId AND status IN (@From0, @From1)
            """, "@TicketId", "@Status", "@Reason", "@TradeId", "@Now", "@From0", "@From1");

        /// A revision replaces the terms of a ticket still waiting for approval, once (written again, it changes nothing).
        public RepeatedStatement ReviseTicket { get; } = new(conn, tx, """
            UPDATE trading_tickets SET bond_id = @BondId, direction = @Direction, face_wan = @FaceWan, clean_price = @CleanPrice, yield = @Yield,
                settlement_amount = @SettlementAmount, trade_date = @TradeDate, counterparty_id = @CounterpartyId, document = @Document, updated_at_ms = @At
            WHERE ticket_id = @TicketId AND status = 'PendingApproval' AND updated_at_ms <= @At
            """, "@TicketId", "@BondId", "@Direction", "@FaceWan", "@CleanPrice", "@Yield", "@SettlementAmount", "@TradeDate", "@CounterpartyId",
            "@Document", "@At");

        public RepeatedStatement InsertTrade { get; } = new(conn, tx, """
            INSERT INTO trading_trades (trade_id, book_id, sequence, ticket_id, trader, bond_id, direction, face_wan, clean_price, full_price, yield,
                settlement_amount, trade_date, settlement_date, counterparty_id, cfets_deal_number, idempotency_key, request_hash, document, booked_at_ms)
            SELECT @TradeId, @BookId, @Sequence, @TicketId, @Trader, @BondId, @Direction, @FaceWan, @CleanPrice, @FullPrice, @Yield,
                @SettlementAmount, @TradeDate, @SettlementDate, @CounterpartyId, @Deal, @Key, @Hash, @Document, @At
            WHERE NOT EXISTS (SELECT 1 FROM trading_trades WHERE trade_id = @TradeId)
            """, "@TradeId", "@BookId", "@Sequence", "@TicketId", "@Trader", "@BondId", "@Direction", "@FaceWan", "@CleanPrice", "@FullPrice", "@Yield",
            "@SettlementAmount", "@TradeDate", "@SettlementDate", "@CounterpartyId", "@Deal", "@Key", "@Hash", "@Document", "@At");

        public RepeatedStatement InsertDerivative { get; } = new(conn, tx, """
            INSERT INTO trading_derivatives (trade_id, book_id, sequence, kind, instrument, direction, notional_wan, rate_or_price, trade_date, maturity_date,
                trader, counterparty_id, cfets_deal_number, idempotency_key, request_hash, document, booked_at_ms)
            SELECT @TradeId, @BookId, @Sequence, @Kind, @Instrument, @Direction, @Notional, @Rate, @TradeDate, @Maturity,
                @Trader, @CounterpartyId, @Deal, @Key, @Hash, @Document, @At
            WHERE NOT EXISTS (SELECT 1 FROM trading_derivatives WHERE trade_id = @TradeId)
            """, "@TradeId", "@BookId", "@Sequence", "@Kind", "@Instrument", "@Direction", "@Notional", "@Rate", "@TradeDate", "@Maturity",
            "@Trader", "@CounterpartyId", "@Deal", "@Key", "@Hash", "@Document", "@At");

        public RepeatedStatement PositionSeq { get; } = new(conn, tx,
            "SELECT journal_seq FROM trading_positions WHERE book_id = @book_id AND bond_id = @bond_id", "@book_id", "@bond_id");

        public RepeatedStatement UpsertPosition { get; } = new(conn, tx, upsertPosition,
            "@book_id", "@bond_id", "@face_wan", "@reserved_wan", "@journal_seq", "@updated_at_ms");

        public async ValueTask DisposeAsync()
        {
            foreach (var s in new[] { InsertTicket, ReviseTicket, MoveTicket, InsertTrade, InsertDerivative, PositionSeq, UpsertPosition }) await s.DisposeAsync();
        }
    }

    private static TradeBookedEvent ToEvent(string bookId, TradeBooked b)
    {
        var r = b.Trade.Request;
        var e = b.Trade.Economics;
        return new TradeBookedEvent(OrderedEventId.For(b.At, "trading.trade-booked:" + b.TradeId), b.At, b.TradeId, bookId, b.Trade.TicketId, b.Trade.Trader, r.BondId, r.Direction, r.FaceWan,
            e.CleanPrice, e.FullPrice, e.YieldToMaturity, e.SettlementAmount, e.TradeDate, e.SettlementDate, r.SettlementMethod, r.CounterpartyId, b.Trade.CfetsDealNumber);
    }

    private static DerivativeBookedEvent ToEvent(string bookId, DerivativeBooked d) => new(OrderedEventId.For(d.At, "trading.derivative-booked:" + d.TradeId), d.At,
        d.TradeId, bookId, d.Derivative.Kind, d.Derivative.Trader, d.Derivative.CounterpartyId, d.Derivative.CfetsDealNumber, d.Derivative.Swap, d.Derivative.Forward);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
