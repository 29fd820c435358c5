using Platform.BuildingBlocks.Serialization;

namespace Platform.Workflows.Runtime;

/// A candidate took the task (签收): it is now assigned to them.
[MessageManifest("workflows.task-claimed.v1")]
public sealed record TaskClaimed(string TaskId, string By, DateTimeOffset At) : InstanceEvent(At);
