namespace Platform.Workflows.Contracts;

/// A service task's call: its idempotency key (<see cref="CallId"/>), attempts so far, the next retry and the last
/// error. <see cref="Incident"/> is set when retries ran out and an operator must retry or skip it.
public sealed record ServiceCallView(string CallId, string ElementId, string Handler, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError, bool Incident);
