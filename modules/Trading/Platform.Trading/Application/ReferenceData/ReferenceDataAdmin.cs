using Platform.BuildingBlocks.Audit;
using Platform.Trading.Application.Desk;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.ReferenceData;
using Platform.Trading.Persistence;

namespace Platform.Trading.Application.ReferenceData;

/// Changing reference data: imports through <see cref="ReferenceDataImporter"/>, and edits of counterparties and
/// traders' authority, each written with its audit record in one transaction.
internal sealed class ReferenceDataAdmin(ReferenceDataStore store, ReferenceDataImporter importer, ReferenceCache cache, IAuditWriter audit, IClock clock) : IReferenceDataAdmin
{
    public async Task<ImportReport> ImportAsync(string kind, string csv, string actor, CancellationToken ct)
    {
        var report = await importer.ImportAsync(kind, csv, actor, ct);
        if (report.Succeeded) cache.Invalidate();
        return report;
    }

    public async Task<CounterpartyView> UpdateCounterpartyAsync(string counterpartyId, CounterpartyUpdate update, string actor, CancellationToken ct)
    {
        var problems = new FieldProblems();
        CounterpartyRules.CheckUpdate(update, problems);
        if (problems.Any) throw new ValidationFailedException(problems.ToDictionary());
        await using var conn = await store.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var before = await store.FindCounterpartyAsync(conn, tx, counterpartyId, ct)
            ?? throw new NotFoundException(new LocalizedText($"交易对手 '{counterpartyId}' 不存在", $"counterparty '{counterpartyId}' does not exist").Current);
        var after = before with { WhitelistStatus = update.WhitelistStatus, CreditLineWan = update.CreditLineWan, RelatedParty = update.RelatedParty };
        await store.UpsertCounterpartyAsync(conn, tx, after, clock.UtcNow.ToUnixTimeMilliseconds(), ct);
        await audit.AppendAsync(new AuditRecord(actor, "trading.counterparty.update", $"counterparty:{counterpartyId}", "changed",
            AuditDigest.Of(before), AuditDigest.Of(after),
            $"whitelist={before.WhitelistStatus}->{after.WhitelistStatus};creditLineWan={before.CreditLineWan}->{after.CreditLineWan};related={after.RelatedParty}"), conn, tx, ct);
        await tx.CommitAsync(ct);
        cache.Invalidate();
        return after;
    }

    public async Task<BookNodeView> SetTraderAuthorityAsync(string bookId, string userName, decimal maxFacePerTicketWan, string actor, CancellationToken ct)
    {
        var problems = new FieldProblems();
        if (maxFacePerTicketWan < 0) problems.Add("maxFacePerTicketWan", new("单笔面额上限（万元）不能为负", "maxFacePerTicketWan must not be negative"));
        if (string.IsNullOrWhiteSpace(userName) || userName.Length > 64) problems.Add("userName", new("用户名不能为空且最多 64 个字符", "userName is required, at most 64 characters"));
        if (problems.Any) throw new ValidationFailedException(problems.ToDictionary());
        await using var conn = await store.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var tree = await store.BookTreeAsync(conn, tx, ct);
        var book = tree.FirstOrDefault(n => n.NodeId == bookId)
            ?? throw new NotFoundException(new LocalizedText($"账簿 '{bookId}' 不存在", $"book '{bookId}' does not exist").Current);
        if (book.Level != BookLevels.Book)
            throw new ValidationFailedException("bookId", new LocalizedText($"'{bookId}' 是{book.Level}层级，只有账簿（Book）可授权交易员", $"'{bookId}' is a {book.Level}; traders are authorised on books only").Current);
        var before = book.Traders.FirstOrDefault(t => t.UserName == userName)?.MaxFacePerTicketWan;
        await store.SetTraderAuthorityAsync(conn, tx, bookId, userName, maxFacePerTicketWan, ct);
        await audit.AppendAsync(new AuditRecord(actor, "trading.book.trader-authority", $"book:{bookId}", maxFacePerTicketWan == 0 ? "removed" : "changed",
            null, null, $"user={userName};maxFacePerTicketWan={before?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}->{maxFacePerTicketWan}"), conn, tx, ct);
        await tx.CommitAsync(ct);
        cache.Invalidate();
        return (await store.BookTreeAsync(conn, null, ct)).First(n => n.NodeId == bookId);
    }
}
