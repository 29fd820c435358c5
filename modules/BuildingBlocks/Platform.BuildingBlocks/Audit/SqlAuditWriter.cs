using System.Data.Common;
using Dapper;
using Platform.BuildingBlocks.Persistence;
using Platform.SharedKernel;

namespace Platform.BuildingBlocks.Audit;

/// Audit appends with Dapper. Updating the head row first takes the write lock on every database, so concurrent
/// appenders (threads or cluster nodes) queue up and the chain never forks; a crash rolls back the whole append.
public sealed class SqlAuditWriter(ISqlConnectionFactory connections, IClock clock) : IAuditWriter
{
    private const int MaxActor = 100, MaxAction = 200, MaxTarget = 400, MaxOutcome = 100, MaxDetail = 2000;
    private readonly SemaphoreSlim _gate = new(1, 1);   // spares SQLite busy-waits between threads of one process

    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var conn = await connections.OpenAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var entry = await AppendAsync(record, conn, tx, ct);
            await tx.CommitAsync(ct);
            return entry;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<AuditEntry> AppendAsync(AuditRecord record, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var r = Fit(record);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE platform_audit_head SET last_seq = last_seq + 1 WHERE id = 1", transaction: transaction, cancellationToken: ct));
        var head = await connection.QuerySingleAsync<(long LastSeq, string LastHash)>(new CommandDefinition(
            "SELECT last_seq, last_hash FROM platform_audit_head WHERE id = 1", transaction: transaction, cancellationToken: ct));
        var atMs = clock.UtcNow.ToUnixTimeMilliseconds();
        var hash = AuditHash.Compute(head.LastHash, head.LastSeq, atMs, r);
        var entry = new AuditEntry(head.LastSeq, atMs, r.Actor, r.Action, r.Target, r.Outcome, r.BeforeDigest, r.AfterDigest, r.Detail, head.LastHash, hash);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO platform_audit (seq, at_ms, actor, action, target, outcome, before_digest, after_digest, detail, prev_hash, hash)
            VALUES (@Seq, @AtMs, @Actor, @Action, @Target, @Outcome, @BeforeDigest, @AfterDigest, @Detail, @PrevHash, @Hash)
            """, entry, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE platform_audit_head SET last_hash = @Hash WHERE id = 1", new { Hash = hash }, transaction, cancellationToken: ct));
        return entry;
    }

    /// Cuts over-long text to the column sizes (marking the cut) rather than losing the record.
    private static AuditRecord Fit(AuditRecord r) => r with
    {
        Actor = Cut(r.Actor, MaxActor)!,
        Action = Cut(r.Action, MaxAction)!,
        Target = Cut(r.Target, MaxTarget)!,
        Outcome = Cut(r.Outcome, MaxOutcome)!,
        Detail = Cut(r.Detail, MaxDetail),
    };

    private static string? Cut(string? s, int max) => s is null || s.Length <= max ? s : string.Concat(s.AsSpan(0, max - 1), "…");
}
