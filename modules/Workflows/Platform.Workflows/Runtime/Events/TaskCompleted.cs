using Platform.BuildingBlocks.Serialization;
using System.Text.Json;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// A person decided a user task. <see cref="SendBackTo"/> is the earlier task a send-back returns to.
[MessageManifest("workflows.task-completed.v1")]
public sealed record TaskCompleted(string TaskId, string By, TaskOutcome Outcome, string? Comment, string? SendBackTo,
    IReadOnlyDictionary<string, JsonElement> Variables, DateTimeOffset At) : InstanceEvent(At);
