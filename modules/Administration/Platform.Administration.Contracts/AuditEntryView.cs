namespace Platform.Administration.Contracts;

/// One audit record as the audit page and API show it.
public sealed record AuditEntryView(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string Action,
    string Target,
    string Outcome,
    string? BeforeDigest,
    string? AfterDigest,
    string? Detail,
    string Hash);
