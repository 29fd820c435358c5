namespace Platform.Workflows.Definitions;

/// One start event (where every instance begins), at least one end event; nothing flows into a start or out of an
/// end; boundary timers are entered from their task, never by a flow.
internal sealed class StartAndEndRule : IDefinitionRule
{
    public IEnumerable<DefinitionProblem> Check(ProcessDefinition definition)
    {
        var starts = definition.Elements.Values.OfType<StartEvent>().ToArray();
        if (starts.Length == 0)
            yield return new(definition.Key, "the process has no start event");
        foreach (var extra in starts.Skip(1))
            yield return new(extra.Id, $"the process has {starts.Length} start events; it must have exactly one");
        if (!definition.Elements.Values.OfType<EndEvent>().Any())
            yield return new(definition.Key, "the process has no end event");
        foreach (var flow in definition.SequenceFlows)
        {
            if (definition.Elements.GetValueOrDefault(flow.TargetRef) is StartEvent or BoundaryTimerEvent)
                yield return new(flow.Id, $"a sequence flow cannot lead into {flow.TargetRef}, a {definition.Elements[flow.TargetRef].Kind}");
            if (definition.Elements.GetValueOrDefault(flow.SourceRef) is EndEvent)
                yield return new(flow.Id, $"a sequence flow cannot leave end event {flow.SourceRef}");
        }
    }
}
