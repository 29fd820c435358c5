namespace Platform.Workflows.Definitions;

/// A timer on a user task (escalation, 超时升级): when it fires, its outgoing flow is taken; an interrupting timer
/// cancels the task, a non-interrupting one leaves it open (e.g. a reminder).
public sealed record BoundaryTimerEvent(string Id, string Name, string AttachedTo, bool Interrupting, TimerSpec? Timer)
    : FlowElement(Id, Name)
{
    public override string Kind => "boundaryEvent (timer)";
}
