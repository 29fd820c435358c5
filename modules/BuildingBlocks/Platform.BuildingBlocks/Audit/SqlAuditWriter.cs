using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using Platform.BuildingBlocks.Persistence;
using Platform.SharedKernel;

namespace Platform.BuildingBlocks.Audit;

/// Audit appends with Dapper. Updating the head row first takes the write lock on every database, so concurrent
/// appenders (threads or cluster nodes) queue up and the chain never forks; a crash rolls back the whole append.
/// Appends on their own (not in a caller's transaction) are group-committed: while one transaction is being written, the
/// records that arrive wait and go together in the next one, each answered once its transaction is committed. So a
/// busy API (every state-changing request is audited) is not held to one audit transaction per request.
public sealed class SqlAuditWriter(ISqlConnectionFactory connections, IClock clock) : IAuditWriter
{
    private const int MaxActor = 100, MaxAction = 200, MaxTarget = 400, MaxOutcome = 100, MaxDetail = 2000;
    private const int MaxBatch = 500;
    private readonly ConcurrentQueue<(AuditRecord Record, TaskCompletionSource<AuditEntry> Done)> _queue = new();
    private int _writing;

    public Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken ct)
    {
        var done = new TaskCompletionSource<AuditEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Enqueue((record, done));
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0) _ = Task.Run(WriteQueuedAsync, CancellationToken.None);
        return done.Task.WaitAsync(ct);   // a cancelled caller stops waiting; its record is still written
    }

    /// Writes queued records in batches until the queue is empty; only one runs at a time.
    private async Task WriteQueuedAsync()
    {
        while (true)
        {
            var batch = new List<(AuditRecord Record, TaskCompletionSource<AuditEntry> Done)>();
            while (batch.Count < MaxBatch && _queue.TryDequeue(out var item)) batch.Add(item);
            if (batch.Count == 0)
            {
                Volatile.Write(ref _writing, 0);
                // a record queued after the last look but before the flag was cleared must not wait for the next caller
                if (_queue.IsEmpty || Interlocked.CompareExchange(ref _writing, 1, 0) != 0) return;
                continue;
            }
            try
            {
                await using var conn = await connections.OpenAsync(CancellationToken.None);
                await using var tx = await conn.BeginTransactionAsync(CancellationToken.None);
                var entries = await AppendManyAsync(batch.Select(b => b.Record).ToList(), conn, tx, CancellationToken.None);
                await tx.CommitAsync(CancellationToken.None);
                for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(entries[i]);
            }
            catch (Exception ex)
            {
                foreach (var (_, done) in batch) done.TrySetException(ex);
            }
        }
    }

    public async Task<AuditEntry> AppendAsync(AuditRecord record, DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        (await AppendManyAsync([record], connection, transaction, ct))[0];

    /// Chains records onto the trail in one transaction: the head row is moved forward by all of them first (which takes
    /// the write lock), each record then hashes onto the one before it, and the head keeps the last hash.
    private async Task<AuditEntry[]> AppendManyAsync(IReadOnlyList<AuditRecord> records, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE platform_audit_head SET last_seq = last_seq + @Count WHERE id = 1", new { records.Count }, transaction, cancellationToken: ct));
        var head = await connection.QuerySingleAsync<(long LastSeq, string LastHash)>(new CommandDefinition(
            "SELECT last_seq, last_hash FROM platform_audit_head WHERE id = 1", transaction: transaction, cancellationToken: ct));
        var atMs = clock.UtcNow.ToUnixTimeMilliseconds();
        var entries = new AuditEntry[records.Count];
        var (seq, prevHash) = (head.LastSeq - records.Count, head.LastHash);
        await using (var insert = new RepeatedStatement(connection, transaction, """
            INSERT INTO platform_audit (seq, at_ms, actor, action, target, outcome, before_digest, after_digest, detail, prev_hash, hash)
            VALUES (@Seq, @AtMs, @Actor, @Action, @Target, @Outcome, @BeforeDigest, @AfterDigest, @Detail, @PrevHash, @Hash)
            """, "@Seq", "@AtMs", "@Actor", "@Action", "@Target", "@Outcome", "@BeforeDigest", "@AfterDigest", "@Detail", "@PrevHash", "@Hash"))
        {
            for (var i = 0; i < records.Count; i++)
            {
                var r = Fit(records[i]);
                var hash = AuditHash.Compute(prevHash, ++seq, atMs, r);
                entries[i] = new AuditEntry(seq, atMs, r.Actor, r.Action, r.Target, r.Outcome, r.BeforeDigest, r.AfterDigest, r.Detail, prevHash, hash);
                await insert.ExecuteAsync(ct, seq, atMs, r.Actor, r.Action, r.Target, r.Outcome, r.BeforeDigest, r.AfterDigest, r.Detail, prevHash, hash);
                prevHash = hash;
            }
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE platform_audit_head SET last_hash = @Hash WHERE id = 1", new { Hash = prevHash }, transaction, cancellationToken: ct));
        return entries;
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
