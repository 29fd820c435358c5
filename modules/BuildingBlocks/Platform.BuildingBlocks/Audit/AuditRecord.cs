namespace Platform.BuildingBlocks.Audit;

/// What is to be audited: who did what to which target, with what outcome, and digests of the state before
/// and after (SHA-256 hex of a canonical serialisation, see <see cref="AuditDigest"/>). Detail is free text
/// and must never hold a secret.
public sealed record AuditRecord(
    string Actor,
    string Action,
    string Target,
    string Outcome,
    string? BeforeDigest = null,
    string? AfterDigest = null,
    string? Detail = null);
