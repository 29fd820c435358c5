namespace Platform.Workflows.Runtime;

public sealed record InstanceCancelled(string By, string? Reason, DateTimeOffset At) : InstanceEvent(At);
