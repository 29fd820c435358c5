namespace Platform.Workflows.Runtime;

/// A timer that will fire at <see cref="DueAt"/>. <see cref="TaskId"/> is set for a boundary timer: the task it sits on,
/// or the <see cref="MultiInstanceActivity.ActivityId"/> when the task is multi-instance (one timer for all its signers).
public sealed record PendingTimer(string TimerId, string ElementId, DateTimeOffset DueAt, string? TaskId);
