namespace Platform.BuildingBlocks.Audit;

/// The outcome of <see cref="AuditChainVerifier"/>: how many entries checked out, and the first that did not.
public sealed record AuditChainReport(bool IsValid, long ValidEntries, long? FirstBrokenSeq, string? Reason)
{
    public static AuditChainReport Valid(long entries) => new(true, entries, null, null);
    public static AuditChainReport Broken(long validEntries, long seq, string reason) => new(false, validEntries, seq, reason);
}
