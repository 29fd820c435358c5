namespace Platform.Workflows.Definitions;

/// Forks into every outgoing flow, or joins by waiting for every incoming one (并行网关). No conditions.
public sealed record ParallelGateway(string Id, string Name) : FlowElement(Id, Name)
{
    public override string Kind => "parallelGateway";
}
