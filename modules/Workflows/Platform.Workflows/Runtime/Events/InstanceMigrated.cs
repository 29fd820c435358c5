using Platform.BuildingBlocks.Serialization;

namespace Platform.Workflows.Runtime;

/// The instance moved from one version of its definition to another. <see cref="Mapping"/> says, for every element
/// where a token rested (and every boundary timer kept), where it rests in <see cref="ToVersion"/>. It is applied by
/// <see cref="ProcessInstance.Migrate"/> with that version's definition, never by Apply alone.
[MessageManifest("workflows.instance-migrated.v1")]
public sealed record InstanceMigrated(int FromVersion, int ToVersion, IReadOnlyDictionary<string, string> Mapping, string By, DateTimeOffset At)
    : InstanceEvent(At);
