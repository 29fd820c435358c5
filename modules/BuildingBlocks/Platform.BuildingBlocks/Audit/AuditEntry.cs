namespace Platform.BuildingBlocks.Audit;

/// An audit record as stored: its place in the chain, its time (Unix milliseconds, UTC, so that every database
/// returns exactly what was hashed), the previous entry's hash and its own.
public sealed record AuditEntry(
    long Seq,
    long AtMs,
    string Actor,
    string Action,
    string Target,
    string Outcome,
    string? BeforeDigest,
    string? AfterDigest,
    string? Detail,
    string PrevHash,
    string Hash);
