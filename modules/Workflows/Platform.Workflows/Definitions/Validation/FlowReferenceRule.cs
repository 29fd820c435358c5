namespace Platform.Workflows.Definitions;

/// Every sequence flow joins two elements of this process.
internal sealed class FlowReferenceRule : IDefinitionRule
{
    public IEnumerable<DefinitionProblem> Check(ProcessDefinition definition)
    {
        foreach (var flow in definition.SequenceFlows)
        {
            if (!definition.Elements.ContainsKey(flow.SourceRef))
                yield return new(flow.Id, $"sourceRef '{flow.SourceRef}' is not an element of this process");
            if (!definition.Elements.ContainsKey(flow.TargetRef))
                yield return new(flow.Id, $"targetRef '{flow.TargetRef}' is not an element of this process");
        }
    }
}
