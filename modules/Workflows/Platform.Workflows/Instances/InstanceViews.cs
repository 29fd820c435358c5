using System.Text.Json;
using Platform.Workflows.Contracts;
using Platform.Workflows.Definitions;
using Platform.Workflows.Runtime;

namespace Platform.Workflows.Instances;

/// The contract's view of an instance's state.
internal static class InstanceViews
{
    public static InstanceView Of(ProcessInstance i) => new(
        i.Id, i.Definition.Key, i.DefinitionVersion, i.Definition.Name, i.BusinessKey, i.Initiator, i.Status.ToString().ToLowerInvariant(), i.StartedAt,
        i.Tasks.OrderBy(t => t.CreatedAt).Select(t => Task(i, t)).ToList(),
        i.Timers.OrderBy(t => t.DueAt).Select(t => new TimerView(t.TimerId, t.ElementId, t.DueAt)).ToList(),
        i.Waits.Select(w => new MessageWaitView(w.ElementId, w.MessageName, w.CorrelationKey)).ToList(),
        i.ServiceCalls.Select(c => new ServiceCallView(c.CallId, c.ElementId, c.Handler, c.Attempts, c.NextAttemptAt, c.LastError, c.Incident)).ToList(),
        i.ChildCalls.Select(c => new ChildCallView(c.CallId, c.ElementId, c.CalledProcessKey, c.ChildInstanceId)).ToList(),
        VariablesOf(i),
        i.History.Select(h => new HistoryItem(h.At, h.ElementId, h.What, h.By, h.Outcome, h.Comment)).ToList(), i.ParentInstanceId);

    /// The instance's variables as typed JSON, without building the rest of the view (for service calls and children).
    public static IReadOnlyDictionary<string, JsonElement> VariablesOf(ProcessInstance i) =>
        i.Variables.ToDictionary(v => v.Key, v => v.Value is JsonElement j ? j : JsonSerializer.SerializeToElement(v.Value), StringComparer.Ordinal);

    private static TaskView Task(ProcessInstance i, OpenTask t)
    {
        var rules = (i.Definition.Element(t.ElementId) as UserTask)?.Rules;
        var plain = t.CoSignOf is null && t.Owner is null && t.ActivityId is null;   // not a co-signature, delegation or signer of 会签
        IReadOnlyList<string> outcomes = t.CoSignOf is not null || t.Owner is not null
            ? ["approve", "reject"]
            : rules?.Outcomes.Where(o => plain || o != TaskOutcome.SendBack).Select(Name).ToList() ?? [];
        return new TaskView(t.TaskId, i.Id, t.ElementId, t.Name, t.Assignee, t.Owner, t.CandidateRoles, t.CandidateUsers, t.CreatedAt, t.DueAt,
            outcomes, plain ? rules?.SendBackTo ?? [] : []);
    }

    public static string Name(TaskOutcome o) => o switch
    {
        TaskOutcome.Approve => "approve",
        TaskOutcome.Reject => "reject",
        TaskOutcome.SendBack => "sendBack",
        TaskOutcome.Reassign => "reassign",
        _ => "addSigner",
    };
}
