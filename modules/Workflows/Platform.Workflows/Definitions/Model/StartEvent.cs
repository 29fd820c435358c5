namespace Platform.Workflows.Definitions;

/// A none start event: where every instance begins.
public sealed record StartEvent(string Id, string Name) : FlowElement(Id, Name)
{
    public override string Kind => "startEvent";
}
