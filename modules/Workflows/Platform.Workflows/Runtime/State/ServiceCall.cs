namespace Platform.Workflows.Runtime;

/// A service task's call to its handler, named by an idempotency key (<see cref="CallId"/>) that stays the same across
/// retries and restarts. <see cref="NextAttemptAt"/> is null for a call not tried yet (due at once) and for an incident.
public sealed record ServiceCall(string CallId, string ElementId, string Handler, int Attempts = 0, DateTimeOffset? NextAttemptAt = null,
    string? LastError = null, bool Incident = false);
