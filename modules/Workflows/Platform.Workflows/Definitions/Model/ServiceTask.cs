namespace Platform.Workflows.Definitions;

/// A step the platform does itself: <see cref="Handler"/> names a registered handler, e.g. "settlement.sendInstruction".
/// Empty when the file gives none (the validator says so).
public sealed record ServiceTask(string Id, string Name, string Handler) : FlowElement(Id, Name)
{
    public override string Kind => "serviceTask";
}
