using Dapper;
using Platform.BuildingBlocks.Persistence;

namespace Platform.BuildingBlocks.Audit;

/// Walks the whole audit chain in sequence order and recomputes every hash. Finds an edited row (its hash no
/// longer matches), a deleted or inserted row (a gap or a broken link) and a cut-off tail (the head disagrees).
public sealed class AuditChainVerifier(ISqlConnectionFactory connections)
{
    private const int Chunk = 2000;

    public async Task<AuditChainReport> VerifyAsync(CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        var expectedPrev = AuditHash.Genesis;
        long expectedSeq = 1, count = 0;
        while (true)
        {
            var rows = (await conn.QueryAsync<AuditEntry>(new CommandDefinition(connections.Dialect.Page("""
                SELECT seq AS Seq, at_ms AS AtMs, actor AS Actor, action AS Action, target AS Target, outcome AS Outcome,
                       before_digest AS BeforeDigest, after_digest AS AfterDigest, detail AS Detail, prev_hash AS PrevHash, hash AS Hash
                FROM platform_audit WHERE seq >= @From ORDER BY seq
                """), new { From = expectedSeq, Skip = 0, Take = Chunk }, cancellationToken: ct))).ToList();
            foreach (var e in rows)
            {
                if (e.Seq != expectedSeq)
                    return AuditChainReport.Broken(count, expectedSeq, $"entry {expectedSeq} is missing (next found is {e.Seq})");
                if (e.PrevHash != expectedPrev)
                    return AuditChainReport.Broken(count, e.Seq, "the link to the previous entry is broken");
                if (AuditHash.Compute(e) != e.Hash)
                    return AuditChainReport.Broken(count, e.Seq, "the entry's content does not match its hash");
                expectedPrev = e.Hash;
                expectedSeq++;
                count++;
            }
            if (rows.Count < Chunk) break;
        }
        var head = await conn.QuerySingleAsync<(long LastSeq, string LastHash)>(new CommandDefinition(
            "SELECT last_seq, last_hash FROM platform_audit_head WHERE id = 1", cancellationToken: ct));
        if (head.LastSeq != count || head.LastHash != expectedPrev)
            return AuditChainReport.Broken(count, count + 1, $"the chain ends at entry {count} but its head says {head.LastSeq}");
        return AuditChainReport.Valid(count);
    }
}
