using Platform.BuildingBlocks.Serialization;

namespace Platform.Workflows.Runtime;

/// The claimer gave the task back to its candidates.
[MessageManifest("workflows.task-unclaimed.v1")]
public sealed record TaskUnclaimed(string TaskId, string By, DateTimeOffset At) : InstanceEvent(At);
