namespace Platform.Workflows.Definitions;

/// A none end event: a path of the instance ends here; the instance ends when no path is left.
public sealed record EndEvent(string Id, string Name) : FlowElement(Id, Name)
{
    public override string Kind => "endEvent";
}
