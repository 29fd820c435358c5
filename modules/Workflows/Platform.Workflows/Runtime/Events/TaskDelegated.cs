using Platform.BuildingBlocks.Serialization;

namespace Platform.Workflows.Runtime;

/// 委派: the assignee hands the task to <see cref="To"/> for now and stays its owner; the delegate's completion
/// returns it to the owner.
[MessageManifest("workflows.task-delegated.v1")]
public sealed record TaskDelegated(string TaskId, string By, string To, string? Comment, DateTimeOffset At) : InstanceEvent(At);
