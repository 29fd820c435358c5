using System.Globalization;
using System.Text;
using Dapper;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Persistence;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Persistence;

/// Reads the books' projection: tickets, trades, positions, and what is outstanding with a counterparty.
internal sealed class BookReadStore(ISqlConnectionFactory connections)
{
    private const string TicketColumns = """
        ticket_id AS TicketId, book_id AS BookId, status AS Status, reason AS Reason, workflow_instance_id AS WorkflowInstanceId,
        trade_id AS TradeId, document AS Document, created_at_ms AS CreatedAtMs, updated_at_ms AS UpdatedAtMs FROM trading_tickets
        """;

    private const string TradeColumns = """
        trade_id AS TradeId, book_id AS BookId, sequence AS Sequence, ticket_id AS TicketId, trader AS Trader, bond_id AS BondId, direction AS Direction,
        (face_wan * 1.0) AS FaceWan, clean_price AS CleanPrice, full_price AS FullPrice, yield AS Yield, (settlement_amount * 1.0) AS SettlementAmount,
        trade_date AS TradeDate, settlement_date AS SettlementDate, counterparty_id AS CounterpartyId, cfets_deal_number AS CfetsDealNumber,
        booked_at_ms AS BookedAtMs FROM trading_trades
        """;

    public async Task<TicketRow?> TicketAsync(string ticketId, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<TicketRow>(new CommandDefinition($"SELECT {TicketColumns} WHERE ticket_id = @TicketId", new { TicketId = ticketId }, cancellationToken: ct));
    }

    /// The ticket an idempotency key produced in a book, with the hash of the request it came with.
    public async Task<KeyedResult?> TicketOfKeyAsync(string bookId, string key, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<KeyedResult>(new CommandDefinition(
            "SELECT ticket_id AS ResultId, request_hash AS RequestHash FROM trading_tickets WHERE book_id = @BookId AND idempotency_key = @Key",
            new { BookId = bookId, Key = key }, cancellationToken: ct));
    }

    /// The trade an idempotency key produced in a book, with the hash of the request it came with.
    public async Task<KeyedResult?> TradeOfKeyAsync(string bookId, string key, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<KeyedResult>(new CommandDefinition(
            "SELECT trade_id AS ResultId, request_hash AS RequestHash FROM trading_trades WHERE book_id = @BookId AND idempotency_key = @Key",
            new { BookId = bookId, Key = key }, cancellationToken: ct));
    }

    public async Task<(IReadOnlyList<TicketRow> Items, long Total)> TicketsAsync(TicketQuery query, PageRequest page, CancellationToken ct)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        if (query.Trader is not null) where.Append(" AND trader = @Trader");
        if (query.Status is not null) where.Append(" AND status = @Status");
        if (query.BookId is not null) where.Append(" AND book_id = @BookId");
        var args = new { query.Trader, query.Status, query.BookId, Skip = page.Offset, Take = page.PageSize };
        await using var conn = await connections.OpenAsync(ct);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM trading_tickets {where}", args, cancellationToken: ct));
        var rows = await conn.QueryAsync<TicketRow>(new CommandDefinition(
            connections.Dialect.Page($"SELECT {TicketColumns} {where} ORDER BY created_at_ms DESC, ticket_id DESC"), args, cancellationToken: ct));
        return (rows.ToList(), total);
    }

    public async Task SetWorkflowInstanceAsync(string ticketId, string instanceId, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("UPDATE trading_tickets SET workflow_instance_id = @InstanceId WHERE ticket_id = @TicketId",
            new { TicketId = ticketId, InstanceId = instanceId }, cancellationToken: ct));
    }

    /// Tickets waiting for approval that have no process instance yet: a crash came between the two.
    public async Task<IReadOnlyList<TicketRow>> TicketsWithoutProcessAsync(CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return (await conn.QueryAsync<TicketRow>(new CommandDefinition(
            $"SELECT {TicketColumns} WHERE workflow_instance_id IS NULL AND status = 'PendingApproval' ORDER BY created_at_ms", cancellationToken: ct))).ToList();
    }

    public async Task<TradeRow?> TradeAsync(string tradeId, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<TradeRow>(new CommandDefinition($"SELECT {TradeColumns} WHERE trade_id = @TradeId", new { TradeId = tradeId }, cancellationToken: ct));
    }

    public async Task<string?> TradeDocumentAsync(string tradeId, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<string?>(new CommandDefinition("SELECT document FROM trading_trades WHERE trade_id = @TradeId", new { TradeId = tradeId }, cancellationToken: ct));
    }

    public async Task<(IReadOnlyList<TradeRow> Items, long Total)> TradesAsync(TradeQuery query, PageRequest page, CancellationToken ct)
    {
        var where = new StringBuilder("WHERE book_id = @BookId");
        if (query.From is not null) where.Append(" AND trade_date >= @From");
        if (query.To is not null) where.Append(" AND trade_date <= @To");
        if (query.BondId is not null) where.Append(" AND bond_id = @BondId");
        var args = new { query.BookId, From = Iso(query.From), To = Iso(query.To), query.BondId, Skip = page.Offset, Take = page.PageSize };
        await using var conn = await connections.OpenAsync(ct);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM trading_trades {where}", args, cancellationToken: ct));
        var rows = await conn.QueryAsync<TradeRow>(new CommandDefinition(
            connections.Dialect.Page($"SELECT {TradeColumns} {where} ORDER BY sequence DESC"), args, cancellationToken: ct));
        return (rows.ToList(), total);
    }

    /// Every trade of a book, in booking order: what its positions' ledgers are replayed from.
    public async Task<IReadOnlyList<TradeRow>> BookTradesAsync(string bookId, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return (await conn.QueryAsync<TradeRow>(new CommandDefinition($"SELECT {TradeColumns} WHERE book_id = @BookId ORDER BY sequence",
            new { BookId = bookId }, cancellationToken: ct))).ToList();
    }

    public async Task<IReadOnlyList<PositionRow>> PositionsAsync(string bookId, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return (await conn.QueryAsync<PositionRow>(new CommandDefinition("""
            SELECT book_id AS BookId, bond_id AS BondId, (face_wan * 1.0) AS FaceWan, (reserved_wan * 1.0) AS ReservedWan, updated_at_ms AS UpdatedAtMs
            FROM trading_positions WHERE book_id = @BookId AND (face_wan <> 0 OR reserved_wan <> 0) ORDER BY bond_id
            """, new { BookId = bookId }, cancellationToken: ct))).ToList();
    }

    /// Face outstanding with a counterparty (万元): trades not yet settled on <paramref name="today"/> and open tickets.
    public async Task<decimal> ExposureAsync(string counterpartyId, DateOnly today, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        var trades = await conn.ExecuteScalarAsync<decimal?>(new CommandDefinition(
            "SELECT SUM(face_wan * 1.0) FROM trading_trades WHERE counterparty_id = @Id AND settlement_date >= @Today",
            new { Id = counterpartyId, Today = Iso(today) }, cancellationToken: ct)) ?? 0;
        var tickets = await conn.ExecuteScalarAsync<decimal?>(new CommandDefinition(
            "SELECT SUM(face_wan * 1.0) FROM trading_tickets WHERE counterparty_id = @Id AND status IN ('PendingApproval', 'Approved')",
            new { Id = counterpartyId }, cancellationToken: ct)) ?? 0;
        return trades + tickets;
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
