using System.Globalization;
using System.Text;
using Dapper;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Persistence;
using Platform.Trading.Contracts.Derivatives;

namespace Platform.Trading.Persistence;

/// Reads the booked derivatives: one by id, the one an idempotency key produced, a book's list by kind and trade date.
internal sealed class DerivativeReadStore(ISqlConnectionFactory connections)
{
    private const string Columns = "trade_id AS TradeId, book_id AS BookId, sequence AS Sequence, document AS Document, booked_at_ms AS BookedAtMs FROM trading_derivatives";

    public async Task<DerivativeRow?> DerivativeAsync(string tradeId, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<DerivativeRow>(new CommandDefinition($"SELECT {Columns} WHERE trade_id = @TradeId", new { TradeId = tradeId }, cancellationToken: ct));
    }

    public async Task<KeyedResult?> DerivativeOfKeyAsync(string bookId, string key, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<KeyedResult>(new CommandDefinition(
            "SELECT trade_id AS ResultId, request_hash AS RequestHash FROM trading_derivatives WHERE book_id = @BookId AND idempotency_key = @Key",
            new { BookId = bookId, Key = key }, cancellationToken: ct));
    }

    public async Task<(IReadOnlyList<DerivativeRow> Items, long Total)> DerivativesAsync(DerivativeQuery query, PageRequest page, CancellationToken ct)
    {
        var where = new StringBuilder("WHERE book_id = @BookId");
        if (query.Kind is not null) where.Append(" AND kind = @Kind");
        if (query.From is not null) where.Append(" AND trade_date >= @From");
        if (query.To is not null) where.Append(" AND trade_date <= @To");
        var args = new { query.BookId, query.Kind, From = Iso(query.From), To = Iso(query.To), Skip = page.Offset, Take = page.PageSize };
        await using var conn = await connections.OpenAsync(ct);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM trading_derivatives {where}", args, cancellationToken: ct));
        var rows = await conn.QueryAsync<DerivativeRow>(new CommandDefinition(
            connections.Dialect.Page($"SELECT {Columns} {where} ORDER BY sequence DESC"), args, cancellationToken: ct));
        return (rows.ToList(), total);
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
