namespace Platform.Workflows.Contracts;

/// An instance in a list: its process, business key, status and open task names.
public sealed record InstanceSummary(
    string InstanceId, string DefinitionKey, int DefinitionVersion, string? BusinessKey, string Initiator, string Status,
    DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, int OpenTasks, bool HasIncident);
