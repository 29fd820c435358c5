namespace Platform.Workflows.Definitions;

/// Walks a definition's flows. A boundary timer counts as a step out of the task it is attached to, since a path
/// through it starts there.
internal static class ProcessGraph
{
    public static HashSet<string> ReachableFrom(ProcessDefinition definition, string startId) =>
        Walk([startId], id => definition.Outgoing(id).Select(f => f.TargetRef)
            .Concat(definition.BoundaryEventsOf(id).Select(b => b.Id)));

    public static HashSet<string> ReachingAny(ProcessDefinition definition, IEnumerable<string> targetIds) =>
        Walk(targetIds, id => definition.Incoming(id).Select(f => f.SourceRef)
            .Concat(definition.Elements.TryGetValue(id, out var e) && e is BoundaryTimerEvent b ? [b.AttachedTo] : []));

    private static HashSet<string> Walk(IEnumerable<string> from, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(from);
        while (pending.TryPop(out var id))
        {
            if (!seen.Add(id))
                continue;
            foreach (var neighbour in next(id))
                pending.Push(neighbour);
        }
        return seen;
    }
}
