namespace Platform.Workflows.Runtime;

/// Who holds a task: claim, unclaim, delegate (委派), reassign (转办) and add a co-signer (加签). None moves a token.
public sealed partial class ProcessInstance
{
    private void ApplyAssignment(InstanceEvent e)
    {
        switch (e)
        {
            case TaskClaimed c:
                _tasks[c.TaskId] = _tasks[c.TaskId] with { Assignee = c.By };
                _history.Add(new HistoryEntry(c.At, _tasks[c.TaskId].ElementId, "task claimed", c.By));
                break;
            case TaskUnclaimed u:
                _tasks[u.TaskId] = _tasks[u.TaskId] with { Assignee = null };
                _history.Add(new HistoryEntry(u.At, _tasks[u.TaskId].ElementId, "task unclaimed", u.By));
                break;
            case TaskDelegated d:
                _tasks[d.TaskId] = _tasks[d.TaskId] with { Assignee = d.To, Owner = d.By };
                _history.Add(new HistoryEntry(d.At, _tasks[d.TaskId].ElementId, "task delegated", d.By, d.To, d.Comment));
                break;
            case TaskReassigned r:
                _tasks[r.TaskId] = _tasks[r.TaskId] with { Assignee = r.To, Owner = null };
                _history.Add(new HistoryEntry(r.At, _tasks[r.TaskId].ElementId, "task reassigned", r.By, r.To, r.Comment));
                break;
            case SignerAdded a:
                var parent = _tasks[a.TaskId];
                var coSign = new OpenTask(NextId("task"), parent.ElementId, parent.Name, a.Signer, [], [], a.At, parent.DueAt, CoSignOf: parent.TaskId);
                _tasks[coSign.TaskId] = coSign;
                _history.Add(new HistoryEntry(a.At, parent.ElementId, "signer added", a.By, a.Signer, a.Comment));
                break;
        }
    }
}
