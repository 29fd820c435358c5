namespace Platform.Workflows.Contracts;

/// One step of an instance's history: what happened at which element, when, who did it, the outcome and the comment.
public sealed record HistoryItem(DateTimeOffset At, string ElementId, string What, string? By, string? Outcome, string? Comment);
