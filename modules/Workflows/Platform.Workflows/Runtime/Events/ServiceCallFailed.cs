using Platform.BuildingBlocks.Serialization;

namespace Platform.Workflows.Runtime;

/// An attempt of a service call failed. <see cref="RetryAt"/> is when the next attempt is due; null when the attempts
/// ran out and the call became an incident for an operator.
[MessageManifest("workflows.service-call-failed.v1")]
public sealed record ServiceCallFailed(string CallId, int Attempt, string Error, DateTimeOffset? RetryAt, DateTimeOffset At) : InstanceEvent(At);
