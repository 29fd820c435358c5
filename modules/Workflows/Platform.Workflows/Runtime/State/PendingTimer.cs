namespace Platform.Workflows.Runtime;

/// A timer that will fire at <see cref="DueAt"/>; <see cref="TaskId"/> is set for a boundary timer on that task.
public sealed record PendingTimer(string TimerId, string ElementId, DateTimeOffset DueAt, string? TaskId);
