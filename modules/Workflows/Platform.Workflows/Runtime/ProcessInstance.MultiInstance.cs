using System.Globalization;
using Platform.SharedKernel;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// Multi-instance user tasks: pf:collection is evaluated once, on arrival, into the signers; one task opens per signer
/// (or the next one after each decision when sequential). The activity completes as soon as its completion rule is
/// decided either way; its still open tasks close, <c>outcome</c> is set, and the token leaves as from a plain task.
public sealed partial class ProcessInstance
{
    private void StartMultiInstance(UserTask task, MultiInstance multi, DateTimeOffset at)
    {
        var elements = Collection(task, multi);
        var activity = new MultiInstanceActivity(NextId("multi"), task.Id, elements, multi.IsSequential, multi.Completion!.Value, at);
        if (activity.Required > elements.Count)
            throw new DomainException(
                $"multi-instance task {task.Id} needs {activity.Required} approvals but {multi.Collection!.Text} gives only {elements.Count} signers", task.Id);
        _history.Add(new HistoryEntry(at, task.Id, "multi-instance started", Outcome: activity.Completion.ToString(), Comment: string.Join(", ", elements)));
        _multi[activity.ActivityId] = activity;
        var opening = multi.IsSequential ? 1 : elements.Count;
        for (var i = 0; i < opening; i++) OpenSigner(task, _multi[activity.ActivityId], at);
        ArmBoundaryTimers(task.Id, activity.ActivityId, at);
    }

    /// Opens the task of the next signer, with the element and its index bound only while its assignee is evaluated.
    private void OpenSigner(UserTask task, MultiInstanceActivity activity, DateTimeOffset at)
    {
        var index = activity.Opened;
        var scope = new Dictionary<string, object?>(_variables, StringComparer.Ordinal)
        {
            [MultiInstanceActivity.ElementVariable] = activity.Elements[index],
            [MultiInstanceActivity.CounterVariable] = index,
        };
        OpenTaskOf(task, scope, at, activity.ActivityId, index);
        _multi[activity.ActivityId] = activity with { Opened = index + 1 };
    }

    private void SignerDecided(MultiInstanceActivity activity, TaskCompleted c)
    {
        activity = c.Outcome == TaskOutcome.Approve ? activity with { Approved = activity.Approved + 1 } : activity with { Rejected = activity.Rejected + 1 };
        _multi[activity.ActivityId] = activity;
        if (activity.Outcome is { } outcome)
        {
            CloseActivity(activity);
            _variables["outcome"] = outcome;
            _history.Add(new HistoryEntry(c.At, activity.ElementId, "multi-instance completed", Outcome: outcome,
                Comment: $"{activity.Approved} approved, {activity.Rejected} rejected of {activity.Elements.Count}"));
            Leave(Definition.Element(activity.ElementId), c.At);
        }
        else if (activity.IsSequential)
            OpenSigner((UserTask)Definition.Element(activity.ElementId), activity, c.At);
    }

    /// Closes every open task of the activity and disarms its boundary timers.
    private void CloseActivity(MultiInstanceActivity activity)
    {
        _multi.Remove(activity.ActivityId);
        foreach (var task in _tasks.Values.Where(t => t.ActivityId == activity.ActivityId).ToList()) CloseTask(task);
        foreach (var timer in _timers.Values.Where(t => t.TaskId == activity.ActivityId).ToList()) _timers.Remove(timer.TimerId);
    }

    /// The signers: a non-empty list of distinct, non-empty values, each as text (they become assignees).
    private List<string> Collection(UserTask task, MultiInstance multi)
    {
        var expression = multi.Collection!;
        if (expression.Evaluate(_variables) is not IEnumerable<object?> items)
            throw new DomainException($"pf:collection {expression.Text} of multi-instance task {task.Id} must give a list (a JSON array variable)", task.Id);
        var elements = new List<string>();
        foreach (var item in items)
        {
            var text = item is IEnumerable<object?> ? "" : Convert.ToString(item, CultureInfo.InvariantCulture) ?? "";
            if (text.Length == 0)
                throw new DomainException($"pf:collection {expression.Text} of multi-instance task {task.Id} has an empty or nested element at {elements.Count}", task.Id);
            if (elements.Contains(text))
                throw new DomainException($"pf:collection {expression.Text} of multi-instance task {task.Id} names '{text}' twice: each signer signs once", task.Id);
            elements.Add(text);
        }
        return elements.Count > 0 ? elements
            : throw new DomainException($"pf:collection {expression.Text} of multi-instance task {task.Id} is empty: nobody would sign", task.Id);
    }
}
