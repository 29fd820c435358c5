namespace Platform.Workflows.Runtime;

/// One step of an instance's history: what happened at which element, who did it, the outcome and the comment.
public sealed record HistoryEntry(DateTimeOffset At, string ElementId, string What, string? By = null, string? Outcome = null, string? Comment = null);
