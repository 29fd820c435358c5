namespace Platform.Administration.Contracts;

/// Filter of the audit trail; every part is optional. Actor and action match by prefix.
public sealed record AuditFilter(string? Actor, string? Action, DateTimeOffset? From, DateTimeOffset? To);
