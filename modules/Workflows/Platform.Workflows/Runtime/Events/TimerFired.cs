using Platform.BuildingBlocks.Serialization;

namespace Platform.Workflows.Runtime;

[MessageManifest("workflows.timer-fired.v1")]
public sealed record TimerFired(string TimerId, DateTimeOffset At) : InstanceEvent(At);
