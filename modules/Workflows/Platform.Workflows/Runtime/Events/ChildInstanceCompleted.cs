using System.Text.Json;
using Platform.BuildingBlocks.Serialization;

namespace Platform.Workflows.Runtime;

/// The child instance of a call activity ended; its variables join the parent's and the token goes on.
[MessageManifest("workflows.child-instance-completed.v1")]
public sealed record ChildInstanceCompleted(string CallId, IReadOnlyDictionary<string, JsonElement> Variables, DateTimeOffset At) : InstanceEvent(At);
