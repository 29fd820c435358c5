using Platform.Workflows.Contracts;

namespace Platform.Workflows.Instances;

/// A row of <c>workflow_instances</c> as Dapper reads it.
internal sealed record InstanceRow
{
    public required string InstanceId { get; init; }
    public required string DefinitionKey { get; init; }
    public int DefinitionVersion { get; init; }
    public string? BusinessKey { get; init; }
    public required string Initiator { get; init; }
    public required string Status { get; init; }
    public long StartedAtMs { get; init; }
    public long UpdatedAtMs { get; init; }
    public int OpenTasks { get; init; }
    public int HasIncident { get; init; }

    public InstanceSummary ToSummary() => new(InstanceId, DefinitionKey, DefinitionVersion, BusinessKey, Initiator, Status,
        DateTimeOffset.FromUnixTimeMilliseconds(StartedAtMs), DateTimeOffset.FromUnixTimeMilliseconds(UpdatedAtMs), OpenTasks, HasIncident != 0);
}
