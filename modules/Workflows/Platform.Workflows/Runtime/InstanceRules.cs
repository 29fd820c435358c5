using System.Text.Json;
using Platform.SharedKernel;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// The rules of an instance as pure functions: a command becomes an event only when it is allowed and the definition
/// can take it, which is tried on a copy of the state, so a refused command changes nothing. The actor persists the
/// event and applies it; it decides nothing itself.
public static class InstanceRules
{
    /// Starts an instance; a call activity's child also names its parent instance and the parent's call id.
    public static InstanceDecision Start(ProcessDefinition definition, int definitionVersion, string instanceId, string? businessKey, string initiator,
        IReadOnlyDictionary<string, JsonElement> variables, DateTimeOffset at, string? parentInstanceId = null, string? parentCallId = null)
    {
        if (string.IsNullOrWhiteSpace(initiator))
            return InstanceDecision.Reject(RejectionKind.Invalid, "initiator", "an instance needs the user who starts it");
        if ((parentInstanceId is null) != (parentCallId is null))
            return InstanceDecision.Reject(RejectionKind.Invalid, "parentCallId", "a child instance names both its parent instance and the parent's call");
        var started = new InstanceStarted(instanceId, definition.Key, definitionVersion, businessKey, initiator, variables, at, parentInstanceId, parentCallId);
        return TryOn(new ProcessInstance(definition), started);
    }

    /// A person completes a task with an outcome. Only the assignee (or, without one, a candidate user or holder of a
    /// candidate role) may; segregation of duties may forbid the initiator or whoever did another task.
    public static InstanceDecision CompleteTask(ProcessInstance instance, string taskId, string user, IReadOnlyCollection<string> roles,
        TaskOutcome outcome, string? comment, string? sendBackTo, IReadOnlyDictionary<string, JsonElement> variables, DateTimeOffset at)
    {
        if (instance.Status != InstanceStatus.Running)
            return InstanceDecision.Reject(RejectionKind.NotRunning, "instance", $"instance {instance.Id} is {instance.Status.ToString().ToLowerInvariant()}");
        var task = instance.Tasks.FirstOrDefault(t => t.TaskId == taskId);
        if (task is null)
            return InstanceDecision.Reject(RejectionKind.NotFound, "taskId", $"task {taskId} is not open in instance {instance.Id}");
        if (!MayDo(task, user, roles))
            return InstanceDecision.Reject(RejectionKind.Forbidden, "taskId", $"task {task.Name} ({task.TaskId}) is not yours: it is for {WhoMay(task)}");
        if (task.CoSignOf is not null || task.Owner is not null)
            return outcome is TaskOutcome.Approve or TaskOutcome.Reject
                ? TryOn(instance.Copy(), new TaskCompleted(taskId, user, outcome, comment, null, variables, at))
                : InstanceDecision.Reject(RejectionKind.Invalid, "outcome", $"a co-signer or delegate answers approve or reject, not {outcome}");
        if (instance.Tasks.Where(t => t.CoSignOf == taskId).Select(t => t.Assignee).ToList() is { Count: > 0 } signers)
            return InstanceDecision.Reject(RejectionKind.Conflict, "taskId", $"task {task.Name} waits for its co-signers first: {string.Join(", ", signers)}");
        var element = (UserTask)instance.Definition.Element(task.ElementId);
        var sod = element.Rules.Segregation;
        if (sod.NotInitiator && user == instance.Initiator)
            return InstanceDecision.Reject(RejectionKind.Forbidden, "taskId", $"you started this instance, so segregation of duties forbids you to decide {task.Name}");
        foreach (var other in sod.NotSameAs)
            if (instance.HasCompleted(other, user))
                return InstanceDecision.Reject(RejectionKind.Forbidden, "taskId", $"you did {other} in this instance, so segregation of duties forbids you to decide {task.Name}");
        if (!element.Rules.Outcomes.Contains(outcome) || outcome is TaskOutcome.Reassign or TaskOutcome.AddSigner)
            return InstanceDecision.Reject(RejectionKind.Invalid, "outcome",
                $"{task.Name} can be completed with {string.Join(", ", element.Rules.Outcomes.Where(o => o is not (TaskOutcome.Reassign or TaskOutcome.AddSigner)))}, not {outcome}");
        if (outcome == TaskOutcome.SendBack && task.ActivityId is not null)
            return InstanceDecision.Reject(RejectionKind.Invalid, "outcome",
                $"{task.Name} is a multi-instance task: each signer approves or rejects, a send-back is not supported");
        if (outcome == TaskOutcome.SendBack && (sendBackTo is null || !element.Rules.SendBackTo.Contains(sendBackTo)))
            return InstanceDecision.Reject(RejectionKind.Invalid, "sendBackTo",
                $"{task.Name} can be sent back to {string.Join(", ", element.Rules.SendBackTo)}, not '{sendBackTo}'");
        return TryOn(instance.Copy(), new TaskCompleted(taskId, user, outcome, comment, outcome == TaskOutcome.SendBack ? sendBackTo : null, variables, at));
    }

    public static InstanceDecision FireTimer(ProcessInstance instance, string timerId, DateTimeOffset now)
    {
        var timer = instance.Timers.FirstOrDefault(t => t.TimerId == timerId);
        if (instance.Status != InstanceStatus.Running || timer is null)
            return InstanceDecision.Reject(RejectionKind.NotFound, "timerId", $"timer {timerId} is not pending in instance {instance.Id}");
        if (timer.DueAt > now)
            return InstanceDecision.Reject(RejectionKind.Invalid, "timerId", $"timer {timerId} is due at {timer.DueAt:O}, not yet");
        return TryOn(instance.Copy(), new TimerFired(timerId, now));
    }

    /// A message reaches every wait of its name whose correlation key matches; this decides for one instance.
    public static InstanceDecision CorrelateMessage(ProcessInstance instance, string name, string? correlationKey,
        IReadOnlyDictionary<string, JsonElement> variables, DateTimeOffset at)
    {
        var wait = instance.Waits.FirstOrDefault(w => w.MessageName == name && w.CorrelationKey == correlationKey);
        return instance.Status != InstanceStatus.Running || wait is null
            ? InstanceDecision.Reject(RejectionKind.NotFound, "name", $"instance {instance.Id} waits for no message '{name}' with key '{correlationKey}'")
            : TryOn(instance.Copy(), new MessageCorrelated(wait.WaitId, variables, at));
    }

    public static InstanceDecision CompleteServiceCall(ProcessInstance instance, string callId, IReadOnlyDictionary<string, JsonElement> variables, DateTimeOffset at) =>
        instance.Status != InstanceStatus.Running || instance.ServiceCalls.All(c => c.CallId != callId)
            ? InstanceDecision.Reject(RejectionKind.NotFound, "callId", $"service call {callId} is not pending in instance {instance.Id}")
            : TryOn(instance.Copy(), new ServiceTaskSucceeded(callId, variables, at));

    /// The child instance of a pending call activity ended (the actor reports it); the parent's token goes on.
    public static InstanceDecision CompleteChildCall(ProcessInstance instance, string callId, IReadOnlyDictionary<string, JsonElement> variables, DateTimeOffset at) =>
        instance.Status != InstanceStatus.Running || instance.ChildCalls.All(c => c.CallId != callId)
            ? InstanceDecision.Reject(RejectionKind.NotFound, "callId", $"child call {callId} is not pending in instance {instance.Id}")
            : TryOn(instance.Copy(), new ChildInstanceCompleted(callId, variables, at));

    public static InstanceDecision Cancel(ProcessInstance instance, string by, string? reason, DateTimeOffset at) =>
        instance.Status != InstanceStatus.Running
            ? InstanceDecision.Reject(RejectionKind.NotRunning, "instance", $"instance {instance.Id} is {instance.Status.ToString().ToLowerInvariant()}")
            : InstanceDecision.Accept(new InstanceCancelled(by, reason, at));

    internal static bool MayDo(OpenTask task, string user, IReadOnlyCollection<string> roles) =>
        task.Assignee is { } assignee
            ? assignee == user
            : task.CandidateUsers.Contains(user) || task.CandidateRoles.Any(roles.Contains);

    internal static string WhoMay(OpenTask task) => task.Assignee is { } a ? a
        : string.Join(", ", task.CandidateRoles.Concat(task.CandidateUsers));

    internal static InstanceDecision TryOn(ProcessInstance copy, InstanceEvent e)
    {
        try
        {
            copy.Apply(e);
            return InstanceDecision.Accept(e);
        }
        catch (DomainException ex)
        {
            return InstanceDecision.Reject(RejectionKind.Invalid, ex.Field ?? "variables", ex.Message);
        }
    }
}
