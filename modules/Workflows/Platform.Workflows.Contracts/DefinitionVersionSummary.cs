namespace Platform.Workflows.Contracts;

/// One deployed version of a process key, without its XML; <see cref="Sha256"/> is the digest of the XML as deployed.
public sealed record DefinitionVersionSummary(string Key, int Version, string Name, string Sha256, string DeployedBy, DateTimeOffset DeployedAt);
