using Platform.BuildingBlocks.Serialization;
using System.Text.Json;

namespace Platform.Workflows.Runtime;

[MessageManifest("workflows.message-correlated.v1")]
public sealed record MessageCorrelated(string WaitId, IReadOnlyDictionary<string, JsonElement> Variables, DateTimeOffset At) : InstanceEvent(At);
