using System.Globalization;
using System.Text.Json;
using Dapper;
using Platform.BuildingBlocks.Audit;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Serialization;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Trading.Persistence;

/// Writes and reads end-of-day position snapshots. A book's day is replaced as a whole, with its audit record, in one
/// transaction.
internal sealed class PositionSnapshotStore(ISqlConnectionFactory connections, IAuditWriter audit)
{
    public async Task ReplaceAsync(PositionSnapshotSummary summary, IReadOnlyList<PositionView> positions, CancellationToken ct)
    {
        var date = Iso(summary.Date);
        var at = summary.TakenAt.ToUnixTimeMilliseconds();
        await using var conn = await connections.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var key = new { Date = date, summary.BookId };
        await conn.ExecuteAsync(new CommandDefinition("DELETE FROM trading_snapshot_days WHERE snapshot_date = @Date AND book_id = @BookId", key, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("DELETE FROM trading_position_snapshots WHERE snapshot_date = @Date AND book_id = @BookId", key, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO trading_snapshot_days (snapshot_date, book_id, positions, taken_at_ms, taken_by) VALUES (@Date, @BookId, @Positions, @At, @By)
            """, new { Date = date, summary.BookId, Positions = (long)summary.Positions, At = at, By = summary.TakenBy }, tx, cancellationToken: ct));
        await using (var insert = new RepeatedStatement(conn, tx, """
            INSERT INTO trading_position_snapshots (snapshot_date, book_id, bond_id, face_wan, clean_market_value, dv01, document, taken_at_ms, taken_by)
            VALUES (@Date, @BookId, @BondId, @FaceWan, @CleanMarketValue, @Dv01, @Document, @At, @By)
            """, "@Date", "@BookId", "@BondId", "@FaceWan", "@CleanMarketValue", "@Dv01", "@Document", "@At", "@By"))
        {
            foreach (var p in positions)
                await insert.ExecuteAsync(ct, date, summary.BookId, p.BondId, p.FaceWan, p.CleanMarketValue, p.Dv01,
                    JsonSerializer.Serialize(p, PlatformJsonSerializer.JsonOptions), at, summary.TakenBy);
        }
        await audit.AppendAsync(new AuditRecord(summary.TakenBy, "trading.positions.snapshot", $"book/{summary.BookId}/{date}", "taken",
            AfterDigest: AuditDigest.Of(positions), Detail: $"positions={summary.Positions};cleanMarketValue={summary.CleanMarketValue.ToString(CultureInfo.InvariantCulture)}"),
            conn, tx, ct);
        await tx.CommitAsync(ct);
    }

    /// A book's snapshot of a day, or none when the day was not taken.
    public async Task<(PositionSnapshotSummary Summary, IReadOnlyList<PositionView> Positions)?> FindAsync(string bookId, DateOnly date, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        var d = await conn.QuerySingleOrDefaultAsync<SnapshotDayRow>(new CommandDefinition(
            "SELECT positions AS Positions, taken_at_ms AS TakenAtMs, taken_by AS TakenBy FROM trading_snapshot_days WHERE snapshot_date = @Date AND book_id = @BookId",
            new { Date = Iso(date), BookId = bookId }, cancellationToken: ct));
        if (d is null) return null;
        var documents = await conn.QueryAsync<string>(new CommandDefinition(
            "SELECT document FROM trading_position_snapshots WHERE snapshot_date = @Date AND book_id = @BookId ORDER BY bond_id",
            new { Date = Iso(date), BookId = bookId }, cancellationToken: ct));
        var positions = documents.Select(j => JsonSerializer.Deserialize<PositionView>(j, PlatformJsonSerializer.JsonOptions)!).ToList();
        return (new PositionSnapshotSummary(date, bookId, (int)d.Positions, positions.Sum(p => p.CleanMarketValue ?? 0m), positions.Sum(p => p.Dv01 ?? 0m),
            d.TakenBy, DateTimeOffset.FromUnixTimeMilliseconds(d.TakenAtMs)), positions);
    }

    /// Whether every one of these books has a snapshot of the day.
    public async Task<bool> AllTakenAsync(IReadOnlyCollection<string> bookIds, DateOnly date, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        var taken = (await conn.QueryAsync<string>(new CommandDefinition("SELECT book_id FROM trading_snapshot_days WHERE snapshot_date = @Date",
            new { Date = Iso(date) }, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);
        return bookIds.All(taken.Contains);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
