using Platform.BuildingBlocks.Serialization;

namespace Platform.Workflows.Runtime;

/// 转办: the task belongs to <see cref="To"/> from now on.
[MessageManifest("workflows.task-reassigned.v1")]
public sealed record TaskReassigned(string TaskId, string By, string To, string? Comment, DateTimeOffset At) : InstanceEvent(At);
