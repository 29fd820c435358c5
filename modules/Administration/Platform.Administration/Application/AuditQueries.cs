using Dapper;
using Platform.Administration.Contracts;
using Platform.BuildingBlocks.Audit;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.Administration.Application;

/// Reads the audit trail for the audit page and API; newest first.
internal sealed class AuditQueries(ISqlConnectionFactory connections, AuditChainVerifier verifier) : IAuditQueries
{
    private const string Where = """
        WHERE (@Actor IS NULL OR actor LIKE @Actor ESCAPE '\')
          AND (@Action IS NULL OR action LIKE @Action ESCAPE '\')
          AND (@FromMs IS NULL OR at_ms >= @FromMs)
          AND (@ToMs IS NULL OR at_ms < @ToMs)
        """;

    public async Task<PagedResult<AuditEntryView>> QueryAsync(AuditFilter filter, PageRequest page, CancellationToken ct)
    {
        if (filter.Actor is { Length: > 100 }) throw new ValidationFailedException("actor", new LocalizedText("操作人最多 100 个字符", "actor must be at most 100 characters").Current);
        if (filter.Action is { Length: > 200 }) throw new ValidationFailedException("action", new LocalizedText("操作最多 200 个字符", "action must be at most 200 characters").Current);
        if (filter.From is { } f && filter.To is { } t && f >= t) throw new ValidationFailedException("to", new LocalizedText("结束时间须晚于开始时间", "to must be after from").Current);
        var args = new
        {
            Actor = Prefix(filter.Actor),
            Action = Prefix(filter.Action),
            FromMs = filter.From?.ToUnixTimeMilliseconds(),
            ToMs = filter.To?.ToUnixTimeMilliseconds(),
            Skip = page.Offset,
            Take = page.PageSize,
        };
        await using var conn = await connections.OpenAsync(ct);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM platform_audit {Where}", args, cancellationToken: ct));
        var rows = await conn.QueryAsync<AuditEntry>(new CommandDefinition(connections.Dialect.Page($"""
            SELECT seq AS Seq, at_ms AS AtMs, actor AS Actor, action AS Action, target AS Target, outcome AS Outcome,
                   before_digest AS BeforeDigest, after_digest AS AfterDigest, detail AS Detail, prev_hash AS PrevHash, hash AS Hash
            FROM platform_audit {Where} ORDER BY seq DESC
            """), args, cancellationToken: ct));
        var items = rows.Select(e => new AuditEntryView(e.Seq, DateTimeOffset.FromUnixTimeMilliseconds(e.AtMs), e.Actor, e.Action, e.Target,
            e.Outcome, e.BeforeDigest, e.AfterDigest, e.Detail, e.Hash)).ToList();
        return new PagedResult<AuditEntryView>(items, total, page.Page, page.PageSize);
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        var report = await verifier.VerifyAsync(ct);
        return new AuditVerification(report.IsValid, report.ValidEntries, report.FirstBrokenSeq, report.Reason);
    }

    private static string? Prefix(string? s) => string.IsNullOrWhiteSpace(s)
        ? null
        : s.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
