using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Platform.BuildingBlocks.Outbox;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Serialization;
using Platform.SharedKernel;
using Platform.Trading.Contracts.Events;
using Platform.Trading.Domain.Books;

namespace Platform.Trading.Projection;

/// Writes book projections, many per transaction: tickets and trades are inserted once (written again after a
/// restart, they change nothing), ticket states move forward only, positions take the entity's own figures when newer,
/// and each trade inserted for the first time enqueues its <see cref="TradeBookedEvent"/> in the same transaction.
internal sealed class TradingProjectionStore(ISqlConnectionFactory connections, IOutbox outbox, IClock clock)
{
    private readonly string _upsertPosition = connections.Dialect.Upsert("trading_positions", ["book_id", "bond_id"],
        ["face_wan", "reserved_wan", "journal_seq", "updated_at_ms"]);

    public async Task WriteAsync(IReadOnlyCollection<BookProjection> batch, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var now = clock.UtcNow.ToUnixTimeMilliseconds();
        foreach (var projection in batch)
        {
            foreach (var (_, e) in projection.Events)
                await WriteEventAsync(conn, tx, projection.BookId, e, now, ct);
            await WritePositionsAsync(conn, tx, projection, now, ct);
        }
        await tx.CommitAsync(ct);
    }

    private async Task WriteEventAsync(DbConnection conn, DbTransaction tx, string bookId, BookEvent e, long now, CancellationToken ct)
    {
        switch (e)
        {
            case TicketSubmitted s:
                var t = s.Ticket;
                await conn.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO trading_tickets (ticket_id, book_id, trader, bond_id, direction, face_wan, clean_price, yield, settlement_amount, trade_date,
                        counterparty_id, status, reason, workflow_instance_id, trade_id, idempotency_key, request_hash, document, created_at_ms, updated_at_ms)
                    SELECT @TicketId, @BookId, @Trader, @BondId, @Direction, @FaceWan, @CleanPrice, @Yield, @SettlementAmount, @TradeDate,
                        @CounterpartyId, @Status, NULL, NULL, NULL, @Key, @Hash, @Document, @At, @At
                    WHERE NOT EXISTS (SELECT 1 FROM trading_tickets WHERE ticket_id = @TicketId)
                    """, new
                {
                    t.TicketId, BookId = bookId, t.Trader, t.Request.BondId, t.Request.Direction, t.Request.FaceWan, t.Economics.CleanPrice,
                    Yield = t.Economics.YieldToMaturity, t.Economics.SettlementAmount, TradeDate = Iso(t.Economics.TradeDate), t.Request.CounterpartyId,
                    Status = TicketStatuses.PendingApproval, Key = s.IdempotencyKey, Hash = s.RequestHash, Document = JsonSerializer.Serialize(t, PlatformJsonSerializer.JsonOptions),
                    At = s.At.ToUnixTimeMilliseconds(),
                }, tx, cancellationToken: ct));
                break;
            case TicketApproved a:
                await SetTicketStatusAsync(conn, tx, a.TicketId, TicketStatuses.Approved, null, null, [TicketStatuses.PendingApproval], now, ct);
                break;
            case TicketRejected r:
                await SetTicketStatusAsync(conn, tx, r.TicketId, TicketStatuses.Rejected, r.Reason, null, [TicketStatuses.PendingApproval, TicketStatuses.Approved], now, ct);
                break;
            case TradeBooked b:
                if (await InsertTradeAsync(conn, tx, bookId, b, ct))
                    await outbox.EnqueueAsync(ToEvent(bookId, b), conn, tx, ct);
                if (b.Trade.TicketId is { } ticketId)
                    await SetTicketStatusAsync(conn, tx, ticketId, TicketStatuses.Executed, null, b.TradeId, [TicketStatuses.PendingApproval, TicketStatuses.Approved], now, ct);
                break;
        }
    }

    private static Task SetTicketStatusAsync(DbConnection conn, DbTransaction tx, string ticketId, string status, string? reason, string? tradeId,
        string[] from, long now, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition($"""
            UPDATE trading_tickets SET status = @Status, reason = COALESCE(@Reason, reason), trade_id = COALESCE(@TradeId, trade_id), updated_at_ms = @Now
            WHERE ticket_id = @TicketId AND status IN ({string.Join(", ", from.Select((_, i) => "@From" + i.ToString(CultureInfo.InvariantCulture)))})
            """, Args(new { TicketId = ticketId, Status = status, Reason = reason, TradeId = tradeId, Now = now }, from), tx, cancellationToken: ct));

    private static DynamicParameters Args(object values, string[] from)
    {
        var args = new DynamicParameters(values);
        for (var i = 0; i < from.Length; i++) args.Add("From" + i.ToString(CultureInfo.InvariantCulture), from[i]);
        return args;
    }

    private static async Task<bool> InsertTradeAsync(DbConnection conn, DbTransaction tx, string bookId, TradeBooked b, CancellationToken ct)
    {
        var r = b.Trade.Request;
        var e = b.Trade.Economics;
        var inserted = await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO trading_trades (trade_id, book_id, sequence, ticket_id, trader, bond_id, direction, face_wan, clean_price, full_price, yield,
                settlement_amount, trade_date, settlement_date, counterparty_id, cfets_deal_number, idempotency_key, request_hash, document, booked_at_ms)
            SELECT @TradeId, @BookId, @Sequence, @TicketId, @Trader, @BondId, @Direction, @FaceWan, @CleanPrice, @FullPrice, @Yield,
                @SettlementAmount, @TradeDate, @SettlementDate, @CounterpartyId, @Deal, @Key, @Hash, @Document, @At
            WHERE NOT EXISTS (SELECT 1 FROM trading_trades WHERE trade_id = @TradeId)
            """, new
        {
            b.TradeId, BookId = bookId, b.Sequence, b.Trade.TicketId, b.Trade.Trader, r.BondId, r.Direction, r.FaceWan, e.CleanPrice, e.FullPrice,
            Yield = e.YieldToMaturity, e.SettlementAmount, TradeDate = Iso(e.TradeDate), SettlementDate = Iso(e.SettlementDate), r.CounterpartyId,
            Deal = b.Trade.CfetsDealNumber, Key = b.IdempotencyKey, Hash = b.RequestHash, Document = JsonSerializer.Serialize(b.Trade, PlatformJsonSerializer.JsonOptions),
            At = b.At.ToUnixTimeMilliseconds(),
        }, tx, cancellationToken: ct));
        return inserted > 0;
    }

    private async Task WritePositionsAsync(DbConnection conn, DbTransaction tx, BookProjection projection, long now, CancellationToken ct)
    {
        foreach (var p in projection.Positions)
        {
            var current = await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT journal_seq FROM trading_positions WHERE book_id = @BookId AND bond_id = @BondId", new { projection.BookId, p.BondId }, tx, cancellationToken: ct));
            if (current >= projection.JournalSeq) continue;   // a newer figure is there already
            await conn.ExecuteAsync(new CommandDefinition(_upsertPosition, new
            {
                book_id = projection.BookId, bond_id = p.BondId, face_wan = p.HeldWan, reserved_wan = p.ReservedWan, journal_seq = projection.JournalSeq, updated_at_ms = now,
            }, tx, cancellationToken: ct));
        }
    }

    private static TradeBookedEvent ToEvent(string bookId, TradeBooked b)
    {
        var r = b.Trade.Request;
        var e = b.Trade.Economics;
        return new TradeBookedEvent(DeterministicId(b.TradeId), b.At, b.TradeId, bookId, b.Trade.TicketId, b.Trade.Trader, r.BondId, r.Direction, r.FaceWan,
            e.CleanPrice, e.FullPrice, e.YieldToMaturity, e.SettlementAmount, e.TradeDate, e.SettlementDate, r.SettlementMethod, r.CounterpartyId, b.Trade.CfetsDealNumber);
    }

    /// The same event id for the same trade, however often it is projected.
    private static Guid DeterministicId(string tradeId) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("trading.trade-booked:" + tradeId)).AsSpan(0, 16));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
