using System.Text.Json;

namespace Platform.Workflows.Contracts;

/// One attempt of a service call: its idempotency key (stable across retries and restarts), the instance it belongs
/// to, the attempt number from 1, and the instance's variables at the time of the call.
public sealed record ServiceTaskContext(
    string IdempotencyKey, string InstanceId, string DefinitionKey, string? BusinessKey, string ElementId, int Attempt,
    IReadOnlyDictionary<string, JsonElement> Variables);
