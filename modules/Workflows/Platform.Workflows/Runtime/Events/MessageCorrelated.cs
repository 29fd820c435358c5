using System.Text.Json;

namespace Platform.Workflows.Runtime;

public sealed record MessageCorrelated(string WaitId, IReadOnlyDictionary<string, JsonElement> Variables, DateTimeOffset At) : InstanceEvent(At);
