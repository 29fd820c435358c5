using Platform.BuildingBlocks.Serialization;

namespace Platform.Workflows.Runtime;

/// An operator runs a call that became an incident again, from its first attempt.
[MessageManifest("workflows.incident-retried.v1")]
public sealed record IncidentRetried(string CallId, string By, DateTimeOffset At) : InstanceEvent(At);
