using Platform.BuildingBlocks.Paging;

namespace Platform.Administration.Contracts;

/// Reading the tamper-evident audit trail: pages of entries (newest first) and a full verification of the hash chain.
public interface IAuditQueries
{
    Task<PagedResult<AuditEntryView>> QueryAsync(AuditFilter filter, PageRequest page, CancellationToken ct);
    Task<AuditVerification> VerifyAsync(CancellationToken ct);
}
