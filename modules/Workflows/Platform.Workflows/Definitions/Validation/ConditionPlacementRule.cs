namespace Platform.Workflows.Definitions;

/// Conditions belong on flows out of exclusive or inclusive gateways (parallel ones: see GatewayRule). A condition on
/// a flow out of a task would be a "conditional flow", which we do not support: say so instead of ignoring it.
internal sealed class ConditionPlacementRule : IDefinitionRule
{
    public IEnumerable<DefinitionProblem> Check(ProcessDefinition definition) =>
        from flow in definition.SequenceFlows
        where flow.Condition is not null
        let source = definition.Elements.GetValueOrDefault(flow.SourceRef)
        where source is not null and not (ExclusiveGateway or InclusiveGateway or ParallelGateway)
        select new DefinitionProblem(flow.Id, $"only flows out of exclusive or inclusive gateways may have a condition; this one leaves {source.Kind} {source.Id}");
}
