namespace Platform.Workflows.Definitions;

/// Exclusive and inclusive gateways that branch need a condition on every outgoing flow but the default, and the
/// default must be one of their own outgoing flows, without a condition. Parallel gateways take every flow: a
/// condition there would be silently ignored, so it is refused.
internal sealed class GatewayRule : IDefinitionRule
{
    public IEnumerable<DefinitionProblem> Check(ProcessDefinition definition)
    {
        foreach (var element in definition.Elements.Values)
        {
            var problems = element switch
            {
                ExclusiveGateway g => Branching(definition, g, g.DefaultFlowId),
                InclusiveGateway g => Branching(definition, g, g.DefaultFlowId),
                ParallelGateway g => Parallel(definition, g),
                _ => [],
            };
            foreach (var problem in problems)
                yield return problem;
        }
    }

    private static IEnumerable<DefinitionProblem> Branching(ProcessDefinition definition, FlowElement gateway, string? defaultFlowId)
    {
        var outgoing = definition.Outgoing(gateway.Id).ToArray();
        if (defaultFlowId is not null && outgoing.All(f => f.Id != defaultFlowId))
            yield return new(gateway.Id, $"default flow '{defaultFlowId}' is not one of this gateway's outgoing flows");
        foreach (var flow in outgoing)
        {
            if (flow.Id == defaultFlowId && flow.Condition is not null)
                yield return new(flow.Id, $"the default flow of {gateway.Id} must not have a condition: it is taken when no condition holds");
            if (flow.Id != defaultFlowId && flow.Condition is null && outgoing.Length > 1)
                yield return new(flow.Id, $"flow out of {gateway.Kind} {gateway.Id} needs a condition (or must be the gateway's default)");
        }
    }

    private static IEnumerable<DefinitionProblem> Parallel(ProcessDefinition definition, ParallelGateway gateway)
    {
        var incoming = definition.Incoming(gateway.Id).Count();
        var outgoing = definition.Outgoing(gateway.Id).ToArray();
        if (incoming > 1 && outgoing.Length > 1)
            yield return new(gateway.Id, $"a parallel gateway either joins ({incoming} in) or forks ({outgoing.Length} out), not both; use two gateways");
        foreach (var flow in outgoing.Where(f => f.Condition is not null))
            yield return new(flow.Id, $"flow out of parallel gateway {gateway.Id} has a condition; a parallel fork takes every flow, use an inclusive gateway to choose");
    }
}
