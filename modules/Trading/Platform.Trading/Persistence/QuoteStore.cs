using System.Text;
using Dapper;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Persistence;
using Platform.Trading.Contracts.Quotes;

namespace Platform.Trading.Persistence;

/// SQL for the dealer quote board, written once for every database. Decimal columns are read as <c>(column * 1.0)</c>
/// for SQLite's sake (see <see cref="ReferenceDataStore"/>). Each quote comes with its bond's latest valuation on or
/// before the day asked, joined here rather than looked up per row.
internal sealed class QuoteStore(ISqlConnectionFactory connections)
{
    private const string Columns = """
        q.bond_id AS BondId, COALESCE(b.short_name, q.bond_id) AS ShortName, COALESCE(b.bond_type, '') AS BondType, q.trader AS Trader,
        (q.bid_yield_pct * 1.0) AS BidYieldPct, (q.bid_face_wan * 1.0) AS BidFaceWan, (q.ask_yield_pct * 1.0) AS AskYieldPct,
        (q.ask_face_wan * 1.0) AS AskFaceWan, q.remarks AS Remarks, v.yield_pct AS ValuationYieldPct, v.value_date AS ValuationDate,
        q.posted_at_ms AS PostedAtMs
        """;

    private const string From = """
        FROM trading_quotes q
        LEFT JOIN trading_bonds b ON b.bond_id = q.bond_id
        LEFT JOIN trading_valuations v ON v.bond_id = q.bond_id
            AND v.value_date = (SELECT MAX(m.value_date) FROM trading_valuations m WHERE m.bond_id = q.bond_id AND m.value_date <= @Today)
        """;

    /// Puts the trader's quote on the bond, replacing the one they had.
    public async Task UpsertAsync(QuoteEntry entry, string trader, long nowMs, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(connections.Dialect.Upsert("trading_quotes", ["bond_id", "trader"],
            ["bid_yield_pct", "bid_face_wan", "ask_yield_pct", "ask_face_wan", "remarks", "posted_at_ms"]), new
        {
            bond_id = entry.BondId, trader, bid_yield_pct = entry.BidYieldPct, bid_face_wan = entry.BidFaceWan, ask_yield_pct = entry.AskYieldPct,
            ask_face_wan = entry.AskFaceWan, remarks = entry.Remarks, posted_at_ms = nowMs,
        }, cancellationToken: ct));
    }

    public async Task<QuoteRow?> FindAsync(string bondId, string trader, string today, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<QuoteRow>(new CommandDefinition($"SELECT {Columns} {From} WHERE q.bond_id = @BondId AND q.trader = @Trader",
            new { BondId = bondId, Trader = trader, Today = today }, cancellationToken: ct));
    }

    /// One page of the board; <paramref name="freshSinceMs"/> leaves out quotes posted at or before it (stale ones).
    public async Task<(IReadOnlyList<QuoteRow> Items, long Total)> ListAsync(QuoteBoardQuery query, long? freshSinceMs, string today, PageRequest page, CancellationToken ct)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        if (query.BondType is not null) where.Append(" AND b.bond_type = @BondType");
        if (freshSinceMs is not null) where.Append(" AND q.posted_at_ms > @FreshSinceMs");
        if (query.Search is not null)
            where.Append(" AND (UPPER(q.bond_id) LIKE @Like OR UPPER(b.short_name) LIKE @Like OR UPPER(q.trader) LIKE @Like OR q.bond_id IN (SELECT c.bond_id FROM trading_bond_codes c WHERE c.code LIKE @Like))");
        var args = new { query.BondType, FreshSinceMs = freshSinceMs, Like = $"%{query.Search?.ToUpperInvariant()}%", Today = today, Skip = page.Offset, Take = page.PageSize };
        await using var conn = await connections.OpenAsync(ct);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM trading_quotes q LEFT JOIN trading_bonds b ON b.bond_id = q.bond_id {where}", args, cancellationToken: ct));
        var rows = await conn.QueryAsync<QuoteRow>(new CommandDefinition(connections.Dialect.Page(
            $"SELECT {Columns} {From} {where} ORDER BY b.bond_type, b.maturity_date, q.bond_id, q.trader"), args, cancellationToken: ct));
        return (rows.ToList(), total);
    }

    /// Removes the trader's quote on the bond; false when they had none.
    public async Task<bool> DeleteAsync(string bondId, string trader, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition("DELETE FROM trading_quotes WHERE bond_id = @BondId AND trader = @Trader",
            new { BondId = bondId, Trader = trader }, cancellationToken: ct)) > 0;
    }

    /// How many traders quote the bond.
    public async Task<long> CountOnBondAsync(string bondId, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM trading_quotes WHERE bond_id = @BondId",
            new { BondId = bondId }, cancellationToken: ct));
    }
}
