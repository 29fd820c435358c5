using System.Text.Json;

namespace Platform.Workflows.Runtime;

public sealed record InstanceStarted(string InstanceId, string? BusinessKey, string Initiator, IReadOnlyDictionary<string, JsonElement> Variables, DateTimeOffset At)
    : InstanceEvent(At);
