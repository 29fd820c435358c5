namespace Platform.Workflows.Runtime;

/// A service task's call to its handler, named by an idempotency key that stays the same across retries and restarts.
public sealed record ServiceCall(string CallId, string ElementId, string Handler);
