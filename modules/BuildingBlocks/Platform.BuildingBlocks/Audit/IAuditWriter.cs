using System.Data.Common;

namespace Platform.BuildingBlocks.Audit;

/// Appends to the hash-chained audit trail. Use the overload with a transaction to audit a change atomically
/// with the change itself: then either both are committed or neither is.
public interface IAuditWriter
{
    Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken ct);
    Task<AuditEntry> AppendAsync(AuditRecord record, DbConnection connection, DbTransaction transaction, CancellationToken ct);
}
