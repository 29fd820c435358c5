namespace Platform.Workflows.Definitions;

/// Waits for a duration or until a date, then goes on. Timer is null when the file gives no readable timer.
public sealed record IntermediateTimerEvent(string Id, string Name, TimerSpec? Timer) : FlowElement(Id, Name)
{
    public override string Kind => "intermediateCatchEvent (timer)";
}
