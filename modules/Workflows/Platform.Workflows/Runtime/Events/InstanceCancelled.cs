using Platform.BuildingBlocks.Serialization;

namespace Platform.Workflows.Runtime;

[MessageManifest("workflows.instance-cancelled.v1")]
public sealed record InstanceCancelled(string By, string? Reason, DateTimeOffset At) : InstanceEvent(At);
