using System.Text.Json;

namespace Platform.Workflows.Contracts;

/// Starts the latest deployed version of a process key, or the given <see cref="Version"/>. The business key ties the
/// instance to what it decides (a ticket number); variables are typed JSON.
public sealed record StartInstanceRequest(string DefinitionKey, string? BusinessKey = null, IReadOnlyDictionary<string, JsonElement>? Variables = null, int? Version = null);
