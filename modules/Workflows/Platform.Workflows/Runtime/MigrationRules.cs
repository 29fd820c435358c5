using Platform.SharedKernel;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// Whether a running instance may move to another version of its definition, and with which mapping. No token may be
/// lost (every element where one rests maps to an element of the same kind) and no completed activity may run again
/// (see <see cref="MigrationMapper"/>). The plan is tried on a copy, so an accepted one applies.
public static class MigrationRules
{
    public static MigrationPlan Plan(ProcessInstance instance, ProcessDefinition target, int targetVersion,
        IReadOnlyDictionary<string, string> activityMapping, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(activityMapping);
        if (instance.Status != InstanceStatus.Running)
            return MigrationPlan.Refuse(RejectionKind.NotRunning,
                [new("instance", $"instance {instance.Id} is {instance.Status.ToString().ToLowerInvariant()}: only a running instance moves")]);
        if (Unfit(instance, target, targetVersion, by) is { } unfit)
            return MigrationPlan.Refuse(RejectionKind.Invalid, [unfit]);
        var (mapping, problems) = new MigrationMapper(instance, target, targetVersion, activityMapping).Map();
        if (problems.Count > 0)
            return MigrationPlan.Refuse(RejectionKind.Invalid, problems);
        var migrated = new InstanceMigrated(instance.DefinitionVersion, targetVersion, mapping, by, at);
        try
        {
            instance.Copy().Migrate(target, migrated);
            return MigrationPlan.Accept(migrated);
        }
        catch (DomainException e)
        {
            return MigrationPlan.Refuse(RejectionKind.Invalid, [new(e.Field ?? "definition", e.Message)]);
        }
    }

    private static MigrationProblem? Unfit(ProcessInstance instance, ProcessDefinition target, int targetVersion, string by) =>
        target.Key != instance.Definition.Key
            ? new("definition", $"instance {instance.Id} runs process '{instance.Definition.Key}'; '{target.Key}' is another process, not a version of it")
        : targetVersion < 1 || targetVersion == instance.DefinitionVersion
            ? new("definition", $"instance {instance.Id} runs on v{instance.DefinitionVersion}; name another deployed version, not v{targetVersion}")
        : string.IsNullOrWhiteSpace(by)
            ? new("by", "a migration needs the user who makes it")
        : null;
}
