namespace Platform.Workflows.Definitions;

/// Every element can be reached from the start and can reach an end: otherwise an instance either never uses it or
/// gets stuck in it for ever.
internal sealed class ReachabilityRule : IDefinitionRule
{
    public IEnumerable<DefinitionProblem> Check(ProcessDefinition definition)
    {
        var start = definition.Elements.Values.OfType<StartEvent>().FirstOrDefault();
        var fromStart = start is null ? null : ProcessGraph.ReachableFrom(definition, start.Id);
        // Without a start or an end, StartAndEndRule has said so; repeating it on every element would bury that.
        var ends = definition.Elements.Values.OfType<EndEvent>().Select(e => e.Id).ToArray();
        var toEnd = ends.Length == 0 ? null : ProcessGraph.ReachingAny(definition, ends);
        foreach (var element in definition.Elements.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (fromStart is not null && !fromStart.Contains(element.Id))
                yield return new(element.Id, "cannot be reached from the start event");
            if (toEnd is not null && !toEnd.Contains(element.Id))
                yield return new(element.Id, "has no path to an end event");
        }
    }
}
