namespace Platform.Administration.Contracts;

/// The result of walking the audit chain: valid with the number of entries, or the first entry that breaks it.
public sealed record AuditVerification(bool Valid, long Entries, long? FirstBrokenSequence, string? Reason);
