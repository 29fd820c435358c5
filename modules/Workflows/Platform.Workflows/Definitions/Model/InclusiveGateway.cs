namespace Platform.Workflows.Definitions;

/// Takes every outgoing flow whose condition holds, the default flow when none does; joins what it forked (包容网关).
public sealed record InclusiveGateway(string Id, string Name, string? DefaultFlowId) : FlowElement(Id, Name)
{
    public override string Kind => "inclusiveGateway";
}
