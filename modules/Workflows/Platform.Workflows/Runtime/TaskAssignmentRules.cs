using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// The rules for who holds a task. Claiming needs a candidate of an unassigned task; unclaiming, delegating and
/// reassigning need the current assignee (reassign also a candidate, and the task must allow it); adding a signer
/// needs whoever may decide the task, where the task allows it.
public static class TaskAssignmentRules
{
    public static InstanceDecision Claim(ProcessInstance instance, string taskId, string user, IReadOnlyCollection<string> roles, DateTimeOffset at) =>
        Find(instance, taskId, out var task) ?? (task!.Assignee is { } holder
            ? (holder == user ? InstanceDecision.Reject(RejectionKind.Conflict, "taskId", $"you already hold task {task.Name}")
                : InstanceDecision.Reject(RejectionKind.Conflict, "taskId", $"task {task.Name} is already claimed by {holder}"))
            : InstanceRules.MayDo(task, user, roles) ? InstanceDecision.Accept(new TaskClaimed(taskId, user, at))
            : NotYours(task));

    public static InstanceDecision Unclaim(ProcessInstance instance, string taskId, string user, DateTimeOffset at) =>
        Find(instance, taskId, out var task) ?? (task!.Assignee != user ? NotYours(task)
            : task.Owner is not null || task.CoSignOf is not null || (task.CandidateRoles.Count == 0 && task.CandidateUsers.Count == 0)
                ? InstanceDecision.Reject(RejectionKind.Conflict, "taskId", $"task {task.Name} has no candidates to give it back to")
                : InstanceDecision.Accept(new TaskUnclaimed(taskId, user, at)));

    public static InstanceDecision Delegate(ProcessInstance instance, string taskId, string user, string to, string? comment, DateTimeOffset at) =>
        Find(instance, taskId, out var task) ?? Target(to) ?? (task!.Assignee != user ? NotYoursUntilClaimed(task)
            : task.Owner is not null || task.CoSignOf is not null
                ? InstanceDecision.Reject(RejectionKind.Conflict, "taskId", $"task {task.Name} is itself delegated or a co-signature and cannot be delegated again")
                : to == user ? InstanceDecision.Reject(RejectionKind.Invalid, "toUser", "you cannot delegate a task to yourself")
                : InstanceDecision.Accept(new TaskDelegated(taskId, user, to, comment, at)));

    public static InstanceDecision Reassign(ProcessInstance instance, string taskId, string user, IReadOnlyCollection<string> roles, string to,
        string? comment, DateTimeOffset at) =>
        Find(instance, taskId, out var task) ?? Target(to) ?? Allowed(instance, task!, TaskOutcome.Reassign) ??
        (!InstanceRules.MayDo(task!, user, roles) ? NotYours(task!)
            : to == task!.Assignee ? InstanceDecision.Reject(RejectionKind.Invalid, "toUser", $"task {task.Name} is already {to}'s")
            : task.ActivityId is { } activity && IsSigner(instance, activity, to)
                ? InstanceDecision.Reject(RejectionKind.Conflict, "toUser", $"{to} already signs {task.Name}: each signer signs once")
            : InstanceDecision.Accept(new TaskReassigned(taskId, user, to, comment, at)));

    public static InstanceDecision AddSigner(ProcessInstance instance, string taskId, string user, IReadOnlyCollection<string> roles, string signer,
        string? comment, DateTimeOffset at) =>
        Find(instance, taskId, out var task) ?? Target(signer, "signer") ?? Allowed(instance, task!, TaskOutcome.AddSigner) ??
        (!InstanceRules.MayDo(task!, user, roles) ? NotYours(task!)
            : signer == user ? InstanceDecision.Reject(RejectionKind.Invalid, "signer", "you cannot add yourself as a co-signer")
            : instance.Tasks.Any(t => t.CoSignOf == taskId && t.Assignee == signer)
                ? InstanceDecision.Reject(RejectionKind.Conflict, "signer", $"{signer} is already asked to co-sign task {task!.Name}")
            : InstanceDecision.Accept(new SignerAdded(taskId, user, signer, comment, at)));

    /// Whether the user signs in this multi-instance activity already: holds one of its tasks or is in its list.
    private static bool IsSigner(ProcessInstance instance, string activityId, string user) =>
        instance.Tasks.Any(t => t.ActivityId == activityId && t.Assignee == user)
        || instance.MultiInstances.Any(a => a.ActivityId == activityId && a.Elements.Contains(user));

    private static InstanceDecision? Find(ProcessInstance instance, string taskId, out OpenTask? task)
    {
        task = instance.Tasks.FirstOrDefault(t => t.TaskId == taskId);
        if (instance.Status != InstanceStatus.Running)
            return InstanceDecision.Reject(RejectionKind.NotRunning, "instance", $"instance {instance.Id} is {instance.Status.ToString().ToLowerInvariant()}");
        return task is null ? InstanceDecision.Reject(RejectionKind.NotFound, "taskId", $"task {taskId} is not open in instance {instance.Id}") : null;
    }

    private static InstanceDecision? Target(string user, string field = "toUser") =>
        string.IsNullOrWhiteSpace(user) || user.Length > 100
            ? InstanceDecision.Reject(RejectionKind.Invalid, field, "name the user (at most 100 characters)")
            : null;

    private static InstanceDecision? Allowed(ProcessInstance instance, OpenTask task, TaskOutcome outcome) =>
        task.CoSignOf is null && instance.Definition.Element(task.ElementId) is UserTask { Rules.Outcomes: var outcomes } && outcomes.Contains(outcome)
            ? null
            : InstanceDecision.Reject(RejectionKind.Invalid, "outcome", $"task {task.Name} does not allow {outcome}");

    private static InstanceDecision NotYours(OpenTask task) =>
        InstanceDecision.Reject(RejectionKind.Forbidden, "taskId", $"task {task.Name} ({task.TaskId}) is not yours: it is for {InstanceRules.WhoMay(task)}");

    private static InstanceDecision NotYoursUntilClaimed(OpenTask task) => task.Assignee is null
        ? InstanceDecision.Reject(RejectionKind.Conflict, "taskId", $"claim task {task.Name} before you delegate it")
        : NotYours(task);
}
