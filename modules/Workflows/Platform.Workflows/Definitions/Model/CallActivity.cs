namespace Platform.Workflows.Definitions;

/// Starts another deployed process (by its key) and continues when that instance ends.
public sealed record CallActivity(string Id, string Name, string CalledProcessKey) : FlowElement(Id, Name)
{
    public override string Kind => "callActivity";
}
