using Platform.BuildingBlocks.Serialization;

namespace Platform.Workflows.Runtime;

/// An operator let the instance go on past a failed service call, as if it had succeeded with no result.
[MessageManifest("workflows.service-task-skipped.v1")]
public sealed record ServiceTaskSkipped(string CallId, string By, string? Comment, DateTimeOffset At) : InstanceEvent(At);
