using Platform.SharedKernel;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// Moving the instance to another version of its definition (<see cref="MigrationRules"/> plans it). Apply cannot do
/// this alone, since an event carries no definition: whoever applies an <see cref="InstanceMigrated"/>, live or in a
/// replay, loads version <see cref="InstanceMigrated.ToVersion"/> first and calls <see cref="Migrate"/>.
public sealed partial class ProcessInstance
{
    /// Re-points every resting token to its element in <paramref name="target"/> as the event maps it and runs on that
    /// definition from now on. Ids, assignees, due times, correlation keys and join counts stay; task names, message
    /// names and handlers come from the target. A boundary timer the mapping leaves out is disarmed.
    public void Migrate(ProcessDefinition target, InstanceMigrated e)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(e);
        if (target.Key != Definition.Key)
            throw new DomainException($"instance {Id} runs process '{Definition.Key}' and cannot move to '{target.Key}'", "definition");
        if (e.FromVersion != DefinitionVersion)
            throw new DomainException($"instance {Id} runs on v{DefinitionVersion}, not v{e.FromVersion}", "fromVersion");
        string To(string id) => e.Mapping.TryGetValue(id, out var to) ? to
            : throw new DomainException($"the migration to v{e.ToVersion} does not say where the token at {id} goes", id);
        T Element<T>(string id) where T : FlowElement => target.Element(To(id)) as T
            ?? throw new DomainException($"{To(id)} in v{e.ToVersion} is not a {typeof(T).Name}", id);

        foreach (var task in _tasks.Values.ToList()) _tasks[task.TaskId] = task with { ElementId = To(task.ElementId), Name = Element<UserTask>(task.ElementId).Name };
        foreach (var activity in _multi.Values.ToList()) _multi[activity.ActivityId] = activity with { ElementId = Element<UserTask>(activity.ElementId).Id };
        foreach (var timer in _timers.Values.ToList())
        {
            if (timer.TaskId is null || e.Mapping.ContainsKey(timer.ElementId)) _timers[timer.TimerId] = timer with { ElementId = To(timer.ElementId) };
            else _timers.Remove(timer.TimerId);   // the task has no such boundary timer in the target version
        }
        foreach (var wait in _waits.Values.ToList())
            _waits[wait.WaitId] = wait with { ElementId = To(wait.ElementId), MessageName = Element<MessageCatchEvent>(wait.ElementId).MessageName };
        foreach (var call in _calls.Values.ToList())
            _calls[call.CallId] = call with { ElementId = To(call.ElementId), Handler = Element<ServiceTask>(call.ElementId).Handler };
        foreach (var child in _children.Values.ToList()) _children[child.CallId] = child with { ElementId = Element<CallActivity>(child.ElementId).Id };
        var arrivals = _joinArrivals.Select(a => (Gateway: To(a.Key), Arrived: a.Value)).ToList();
        _joinArrivals.Clear();
        foreach (var (gateway, arrived) in arrivals) _joinArrivals[gateway] = arrived;

        Definition = target;
        DefinitionVersion = e.ToVersion;
        var moved = string.Join(", ", e.Mapping.Where(m => m.Key != m.Value).Select(m => $"{m.Key} → {m.Value}"));
        _history.Add(new HistoryEntry(e.At, "", $"migrated v{e.FromVersion} → v{e.ToVersion}", e.By, Comment: moved.Length == 0 ? null : moved));
        Settle(e.At);
    }
}
