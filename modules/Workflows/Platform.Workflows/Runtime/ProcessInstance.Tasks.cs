using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// User tasks and timers: opening a task arms its boundary timers; completing or interrupting it disarms them.
public sealed partial class ProcessInstance
{
    private void OpenUserTask(UserTask task, DateTimeOffset at)
    {
        var rules = task.Rules;
        var assignee = rules.Assignee?.Evaluate(_variables)?.ToString();
        var open = new OpenTask(NextId("task"), task.Id, task.Name, assignee, rules.CandidateRoles, rules.CandidateUsers, at,
            rules.DueIn is { } dueIn ? at + dueIn : null);
        _tasks[open.TaskId] = open;
        _history.Add(new HistoryEntry(at, task.Id, "task opened", assignee));
        foreach (var boundary in Definition.BoundaryEventsOf(task.Id))
        {
            var timer = new PendingTimer(NextId("timer"), boundary.Id, DueAt(boundary.Timer!, at), open.TaskId);
            _timers[timer.TimerId] = timer;
        }
    }

    private void CompleteTask(TaskCompleted c)
    {
        var task = _tasks[c.TaskId];
        CloseTask(task);
        Merge(c.Variables);
        var outcome = c.Outcome.ToString();
        _variables["outcome"] = char.ToLowerInvariant(outcome[0]) + outcome[1..];
        _completedBy[task.ElementId] = c.By;
        _history.Add(new HistoryEntry(c.At, task.ElementId, "task completed", c.By, _variables["outcome"]?.ToString(), c.Comment));
        if (c.Outcome == TaskOutcome.SendBack)
            Arrive(Definition.Element(c.SendBackTo!), c.At);
        else
            Leave(Definition.Element(task.ElementId), c.At);
    }

    private void FireTimer(TimerFired fired)
    {
        var timer = _timers[fired.TimerId];
        _timers.Remove(fired.TimerId);
        _history.Add(new HistoryEntry(fired.At, timer.ElementId, "timer fired"));
        var element = Definition.Element(timer.ElementId);
        if (element is BoundaryTimerEvent boundary)
        {
            if (boundary.Interrupting && _tasks.TryGetValue(timer.TaskId!, out var task)) CloseTask(task);
            else _activeTokens++;   // a reminder: the task keeps its token and the boundary path gets a new one
        }
        Leave(element, fired.At);
    }

    private void CloseTask(OpenTask task)
    {
        _tasks.Remove(task.TaskId);
        foreach (var timer in _timers.Values.Where(t => t.TaskId == task.TaskId).ToList()) _timers.Remove(timer.TimerId);
    }
}
