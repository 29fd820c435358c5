namespace Platform.Workflows.Runtime;

/// The instance waits for a message of this name carrying this correlation key.
public sealed record MessageWait(string WaitId, string ElementId, string MessageName, string? CorrelationKey);
