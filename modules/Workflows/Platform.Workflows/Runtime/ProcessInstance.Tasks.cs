using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// User tasks and timers: opening a task arms its boundary timers; completing or interrupting it disarms them.
public sealed partial class ProcessInstance
{
    private void OpenUserTask(UserTask task, DateTimeOffset at)
    {
        if (task.Rules.MultiInstance is { } multi)
        {
            StartMultiInstance(task, multi, at);
            return;
        }
        var open = OpenTaskOf(task, _variables, at);
        ArmBoundaryTimers(task.Id, open.TaskId, at);
    }

    /// Opens one task of an element; <paramref name="scope"/> is what its assignee is evaluated over.
    private OpenTask OpenTaskOf(UserTask task, IReadOnlyDictionary<string, object?> scope, DateTimeOffset at, string? activityId = null, int? loopCounter = null)
    {
        var rules = task.Rules;
        var assignee = rules.Assignee?.Evaluate(scope)?.ToString();
        var open = new OpenTask(NextId("task"), task.Id, task.Name, assignee, rules.CandidateRoles, rules.CandidateUsers, at,
            rules.DueIn is { } dueIn ? at + dueIn : null, ActivityId: activityId, LoopCounter: loopCounter);
        _tasks[open.TaskId] = open;
        _history.Add(new HistoryEntry(at, task.Id, "task opened", assignee));
        return open;
    }

    private void ArmBoundaryTimers(string elementId, string ownerId, DateTimeOffset at)
    {
        foreach (var boundary in Definition.BoundaryEventsOf(elementId))
        {
            var timer = new PendingTimer(NextId("timer"), boundary.Id, DueAt(boundary.Timer!, at), ownerId);
            _timers[timer.TimerId] = timer;
        }
    }

    private void CompleteTask(TaskCompleted c)
    {
        var task = _tasks[c.TaskId];
        var decided = OutcomeName(c.Outcome);
        if (task.CoSignOf is not null)
        {
            // a co-signer's opinion: recorded, and the task they signed for may now be decided; no token moves
            _tasks.Remove(task.TaskId);
            Merge(c.Variables);
            _history.Add(new HistoryEntry(c.At, task.ElementId, "co-signed", c.By, decided, c.Comment));
            return;
        }
        if (task.Owner is { } owner)
        {
            // a delegate's completion resolves the delegation: the task goes back to its owner to decide
            _tasks[task.TaskId] = task with { Assignee = owner, Owner = null };
            Merge(c.Variables);
            _history.Add(new HistoryEntry(c.At, task.ElementId, "delegation resolved", c.By, decided, c.Comment));
            return;
        }
        CloseTask(task);
        Merge(c.Variables);
        RecordCompleter(task.ElementId, c.By);
        _history.Add(new HistoryEntry(c.At, task.ElementId, "task completed", c.By, decided, c.Comment));
        if (task.ActivityId is { } activityId)
            SignerDecided(_multi[activityId], c);
        else if (c.Outcome == TaskOutcome.SendBack)
        {
            _variables["outcome"] = decided;
            Arrive(Definition.Element(c.SendBackTo!), c.At);
        }
        else
        {
            _variables["outcome"] = decided;
            Leave(Definition.Element(task.ElementId), c.At);
        }
    }

    private void FireTimer(TimerFired fired)
    {
        var timer = _timers[fired.TimerId];
        _timers.Remove(fired.TimerId);
        _history.Add(new HistoryEntry(fired.At, timer.ElementId, "timer fired"));
        var element = Definition.Element(timer.ElementId);
        if (element is BoundaryTimerEvent boundary)
        {
            if (boundary.Interrupting && _multi.TryGetValue(timer.TaskId!, out var activity)) CloseActivity(activity);
            else if (boundary.Interrupting && _tasks.TryGetValue(timer.TaskId!, out var task)) CloseTask(task);
            else _activeTokens++;   // a reminder: the task keeps its token and the boundary path gets a new one
        }
        Leave(element, fired.At);
    }

    private void CloseTask(OpenTask task)
    {
        _tasks.Remove(task.TaskId);
        foreach (var coSign in _tasks.Values.Where(t => t.CoSignOf == task.TaskId).ToList()) _tasks.Remove(coSign.TaskId);
        foreach (var timer in _timers.Values.Where(t => t.TaskId == task.TaskId).ToList()) _timers.Remove(timer.TimerId);
    }

    private void RecordCompleter(string elementId, string user)
    {
        if (!_completers.TryGetValue(elementId, out var users)) _completers[elementId] = users = [];
        users.Add(user);
    }

    /// The outcome as the variable <c>outcome</c> holds it: approve, reject, sendBack.
    private static string OutcomeName(TaskOutcome outcome) => char.ToLowerInvariant(outcome.ToString()[0]) + outcome.ToString()[1..];
}
