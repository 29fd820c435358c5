using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// An instance's life: started with its first token, settled after every event (ended when no token is left), or
/// cancelled with everything it waited for.
public sealed partial class ProcessInstance
{
    private void Start(InstanceStarted s)
    {
        (Id, BusinessKey, Initiator, Status) = (s.InstanceId, s.BusinessKey, s.Initiator, InstanceStatus.Running);
        (DefinitionVersion, StartedAt, ParentInstanceId, ParentCallId) = (s.DefinitionVersion, s.At, s.ParentInstanceId, s.ParentCallId);
        Merge(s.Variables);
        _variables["initiator"] = s.Initiator;
        var start = Definition.Elements.Values.OfType<StartEvent>().Single();
        _history.Add(new HistoryEntry(s.At, start.Id, "started", s.Initiator));
        _activeTokens = 1;
        Leave(start, s.At);
    }

    private void Cancel(InstanceCancelled x)
    {
        _tasks.Clear();
        _multi.Clear();
        _timers.Clear();
        _waits.Clear();
        _calls.Clear();
        _children.Clear();
        _activeTokens = 0;
        Status = InstanceStatus.Cancelled;
        _history.Add(new HistoryEntry(x.At, "", "cancelled", x.By, Comment: x.Reason));
    }

    /// After every event: inclusive joins nothing can reach any more go on, and an instance with no token left ends.
    private void Settle(DateTimeOffset at)
    {
        FireReadyInclusiveJoins(at);
        if (Status == InstanceStatus.Running && _activeTokens == 0)
        {
            Status = InstanceStatus.Completed;
            _history.Add(new HistoryEntry(at, "", "completed"));
        }
    }
}
