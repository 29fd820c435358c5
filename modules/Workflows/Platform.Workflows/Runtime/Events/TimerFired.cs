namespace Platform.Workflows.Runtime;

public sealed record TimerFired(string TimerId, DateTimeOffset At) : InstanceEvent(At);
