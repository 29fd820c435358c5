namespace Platform.Workflows.Contracts;

/// Filters for the instance list; each is optional. <see cref="Status"/> is running, completed or cancelled.
public sealed record InstanceQuery(string? DefinitionKey = null, string? Status = null, string? BusinessKey = null, bool? WithIncident = null);
