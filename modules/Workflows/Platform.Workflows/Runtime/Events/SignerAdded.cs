using Platform.BuildingBlocks.Serialization;

namespace Platform.Workflows.Runtime;

/// 加签: <see cref="Signer"/> must sign before the task can be decided; a co-sign task opens for them.
[MessageManifest("workflows.signer-added.v1")]
public sealed record SignerAdded(string TaskId, string By, string Signer, string? Comment, DateTimeOffset At) : InstanceEvent(At);
