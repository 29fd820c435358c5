namespace Platform.Workflows.Definitions;

/// Takes the first outgoing flow whose condition holds, else the default flow (排他网关).
public sealed record ExclusiveGateway(string Id, string Name, string? DefaultFlowId) : FlowElement(Id, Name)
{
    public override string Kind => "exclusiveGateway";
}
