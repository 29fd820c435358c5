using System.Text.Json;

namespace Platform.Workflows.Contracts;

/// An outside event (a settlement confirmation) for every instance waiting for a message of this name and key.
public sealed record CorrelateMessageRequest(string Name, string? CorrelationKey = null, IReadOnlyDictionary<string, JsonElement>? Variables = null);
