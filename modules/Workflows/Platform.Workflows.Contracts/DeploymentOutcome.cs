namespace Platform.Workflows.Contracts;

/// What a deployment did: the version that is now the latest of its key, and whether this call created it
/// (false when the XML was identical to the latest version, which is then returned as it is).
public sealed record DeploymentOutcome(string Key, int Version, string Name, bool Created);
