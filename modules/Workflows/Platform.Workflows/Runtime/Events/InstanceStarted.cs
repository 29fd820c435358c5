using System.Text.Json;
using Platform.BuildingBlocks.Serialization;

namespace Platform.Workflows.Runtime;

/// The first event of every instance: it names the definition version the instance starts on (see
/// <see cref="InstanceMigrated"/> for a later one) and, for a child started by a call activity, its parent instance
/// and the parent's <see cref="ChildCall.CallId"/>.
[MessageManifest("workflows.instance-started.v1")]
public sealed record InstanceStarted(
    string InstanceId, string DefinitionKey, int DefinitionVersion, string? BusinessKey, string Initiator,
    IReadOnlyDictionary<string, JsonElement> Variables, DateTimeOffset At, string? ParentInstanceId = null, string? ParentCallId = null)
    : InstanceEvent(At);
