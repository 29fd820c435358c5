using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// Resolves where each resting token of an instance goes in the target version, listing every problem:
/// <list type="bullet">
/// <item>an explicit entry maps an element of the current version to an element of the same kind in the target;</item>
/// <item>every element where a token rests maps, explicitly or else to the element of the same id, to the same kind
/// (a multi-instance user task is a kind of its own);</item>
/// <item>a token may move to another element only if the history has not completed that one (no approval asked
/// twice, no service call repeated), and no two resting elements may meet in one;</item>
/// <item>a parallel join with waiting tokens keeps its number of incoming flows, so it neither waits forever nor fires
/// early (an inclusive join needs no count: it goes on when nothing can reach it);</item>
/// <item>a boundary timer follows its task: kept when the mapped task has a boundary timer of the mapped (or same) id.</item>
/// </list>
internal sealed class MigrationMapper(ProcessInstance instance, ProcessDefinition target, int targetVersion, IReadOnlyDictionary<string, string> explicitMapping)
{
    private static readonly HashSet<string> Completions = new(StringComparer.Ordinal)
    {
        "task completed", "multi-instance completed", "service task done", "service task skipped", "message received", "timer fired", "child instance completed",
    };

    private readonly List<MigrationProblem> _problems = [];
    private readonly HashSet<string> _refusedEntries = new(StringComparer.Ordinal);

    public (IReadOnlyDictionary<string, string> Mapping, IReadOnlyList<MigrationProblem> Problems) Map()
    {
        foreach (var (from, to) in explicitMapping.OrderBy(m => m.Key, StringComparer.Ordinal)) CheckEntry(from, to);
        var mapping = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var resting in RestingElements())
            if (Destination(resting) is { } to) mapping[resting] = to;
        foreach (var shared in mapping.GroupBy(m => m.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList())
            foreach (var (from, to) in shared)
                Problem(from, $"{string.Join(" and ", shared.Select(m => m.Key))} would rest together at {to} in v{targetVersion}: map them to different elements");
        foreach (var gateway in instance.JoinArrivals.Keys) CheckJoin(gateway, mapping);
        foreach (var timer in instance.Timers.Where(t => t.TaskId is not null)) FollowTask(timer.ElementId, mapping);
        return (new Dictionary<string, string>(mapping, StringComparer.Ordinal), _problems);
    }

    private IEnumerable<string> RestingElements() =>
        instance.Tasks.Select(t => t.ElementId)
            .Concat(instance.MultiInstances.Select(a => a.ElementId))
            .Concat(instance.Timers.Where(t => t.TaskId is null).Select(t => t.ElementId))
            .Concat(instance.Waits.Select(w => w.ElementId))
            .Concat(instance.ServiceCalls.Select(c => c.ElementId))
            .Concat(instance.ChildCalls.Select(c => c.ElementId))
            .Concat(instance.JoinArrivals.Keys)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private void CheckEntry(string from, string to)
    {
        var problem = !instance.Definition.Elements.TryGetValue(from, out var source) ? $"{from} is not an element of v{instance.DefinitionVersion}"
            : !target.Elements.TryGetValue(to, out var destination) ? $"{from} is mapped to {to}, which is not an element of v{targetVersion}"
            : KindOf(source) != KindOf(destination) ? $"{from} is a {KindOf(source)} but {to} in v{targetVersion} is a {KindOf(destination)}: map it to the same kind"
            : null;
        if (problem is null) return;
        _refusedEntries.Add(from);
        Problem(from, problem);
    }

    private string? Destination(string resting)
    {
        var source = instance.Definition.Element(resting);
        if (explicitMapping.TryGetValue(resting, out var chosen))
        {
            if (_refusedEntries.Contains(resting)) return null;
        }
        else if (!target.Elements.TryGetValue(resting, out var same))
            return Problem(resting, $"a token rests at {Describe(source)} and v{targetVersion} has no element {resting}: map it to an element of v{targetVersion}");
        else if (KindOf(same) != KindOf(source))
            return Problem(resting, $"a token rests at {Describe(source)}, a {KindOf(source)}, but {resting} in v{targetVersion} is a {KindOf(same)}: map it to a {KindOf(source)}");
        var to = chosen ?? resting;
        return to != resting && instance.History.Any(h => h.ElementId == to && Completions.Contains(h.What))
            ? Problem(resting, $"{resting} is mapped to {to}, which this instance has already completed: no completed activity runs again")
            : to;
    }

    private void CheckJoin(string gateway, SortedDictionary<string, string> mapping)
    {
        if (!mapping.TryGetValue(gateway, out var to) || instance.Definition.Element(gateway) is not ParallelGateway) return;
        var (before, after) = (instance.Definition.Incoming(gateway).Count(), target.Incoming(to).Count());
        if (before != after)
            Problem(gateway, $"tokens wait in join {gateway} for {before} flows, but {to} in v{targetVersion} joins {after}: the waiting tokens could be stranded");
    }

    private void FollowTask(string boundaryId, SortedDictionary<string, string> mapping)
    {
        var boundary = (BoundaryTimerEvent)instance.Definition.Element(boundaryId);
        if (!mapping.TryGetValue(boundary.AttachedTo, out var task) || _refusedEntries.Contains(boundaryId)) return;
        var chosen = explicitMapping.GetValueOrDefault(boundaryId);
        var to = chosen ?? boundaryId;
        if (target.Elements.GetValueOrDefault(to) is BoundaryTimerEvent kept && kept.AttachedTo == task) mapping[boundaryId] = to;
        else if (chosen is not null) Problem(boundaryId, $"{boundaryId} is mapped to {to}, which is not a boundary timer on {task} in v{targetVersion}");
    }

    private string? Problem(string elementId, string message)
    {
        _problems.Add(new MigrationProblem(elementId, message));
        return null;
    }

    private static string KindOf(FlowElement element) => element is UserTask { Rules.MultiInstance: not null } ? "multi-instance userTask" : element.Kind;

    private static string Describe(FlowElement element) => element.Name.Length > 0 ? $"{element.Id} ({element.Name})" : element.Id;
}
