using Platform.BuildingBlocks.Serialization;
using System.Text.Json;

namespace Platform.Workflows.Runtime;

/// A service-task handler finished the call with this idempotency key.
[MessageManifest("workflows.service-task-succeeded.v1")]
public sealed record ServiceTaskSucceeded(string CallId, IReadOnlyDictionary<string, JsonElement> Variables, DateTimeOffset At) : InstanceEvent(At);
