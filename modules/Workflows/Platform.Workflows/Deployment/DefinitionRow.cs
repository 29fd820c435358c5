using Platform.Workflows.Contracts;

namespace Platform.Workflows.Deployment;

/// A row of <c>workflow_definitions</c> as Dapper reads it; <see cref="BpmnXml"/> only when the query asks for it.
internal sealed record DefinitionRow
{
    public string DefinitionKey { get; init; } = "";
    public int DefinitionVersion { get; init; }
    public string Name { get; init; } = "";
    public string Sha256 { get; init; } = "";
    public string DeployedBy { get; init; } = "";
    public long DeployedAtMs { get; init; }
    public string? BpmnXml { get; init; }

    public DefinitionVersionSummary ToSummary() =>
        new(DefinitionKey, DefinitionVersion, Name, Sha256, DeployedBy, DateTimeOffset.FromUnixTimeMilliseconds(DeployedAtMs));
}
