using System.Text.Json;
using Platform.BuildingBlocks.Actors;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Actors;

/// A message to one process instance actor, routed by Cluster Sharding on the instance id. Each is answered with an
/// <see cref="Contracts.InstanceView"/> (after the change, if any, is journaled and projected) or an <see cref="InstanceRefused"/>.
public abstract record InstanceCommand(string InstanceId) : IShardedMessage
{
    public string EntityId => InstanceId;
}

/// A start; a call activity's child also names its parent instance and call.
public sealed record StartInstanceCommand(string InstanceId, string DefinitionKey, int DefinitionVersion, string? BusinessKey, string Initiator,
    IReadOnlyDictionary<string, JsonElement> Variables, string? ParentInstanceId = null, string? ParentCallId = null) : InstanceCommand(InstanceId);

/// A child instance tells its parent it ended (sent again whenever the child is woken finished, so it may repeat).
public sealed record ChildFinished(string InstanceId, string CallId, IReadOnlyDictionary<string, JsonElement> Variables) : InstanceCommand(InstanceId);

/// Moves a running instance to another version of its process with an explicit activity mapping; with
/// <see cref="DryRun"/> only checks it (answered with the instance unchanged, or refused with every problem).
public sealed record MigrateInstanceCommand(string InstanceId, int ToVersion, IReadOnlyDictionary<string, string> Mapping, string By, bool DryRun)
    : InstanceCommand(InstanceId);

public sealed record CompleteTaskCommand(string InstanceId, string TaskId, string User, IReadOnlyList<string> Roles, TaskOutcome Outcome,
    string? Comment, string? SendBackTo, IReadOnlyDictionary<string, JsonElement> Variables) : InstanceCommand(InstanceId);

public sealed record AssignTaskCommand(string InstanceId, string TaskId, AssignmentAction Action, string User, IReadOnlyList<string> Roles,
    string? Target, string? Comment) : InstanceCommand(InstanceId);

public sealed record CorrelateMessageCommand(string InstanceId, string Name, string? CorrelationKey, IReadOnlyDictionary<string, JsonElement> Variables)
    : InstanceCommand(InstanceId);

/// Only the initiator cancels, unless <see cref="AsAdministrator"/>.
public sealed record CancelInstanceCommand(string InstanceId, string By, string? Reason, bool AsAdministrator) : InstanceCommand(InstanceId);

public sealed record ResolveIncidentCommand(string InstanceId, string CallId, bool Skip, string By, string? Comment) : InstanceCommand(InstanceId);

public sealed record GetInstanceQuery(string InstanceId) : InstanceCommand(InstanceId);

/// Sent by the wake poller and the start-up sweep: arm due timers and calls, and (when <see cref="Reproject"/>) write
/// the projection again. Answered like a query.
public sealed record WakeInstance(string InstanceId, bool Reproject) : InstanceCommand(InstanceId);

public enum AssignmentAction
{
    Claim,
    Unclaim,
    Delegate,
    Reassign,
    AddSigner,
}
