namespace Platform.Workflows.Contracts;

public sealed record TimerView(string TimerId, string ElementId, DateTimeOffset DueAt);
