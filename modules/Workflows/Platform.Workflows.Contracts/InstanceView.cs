using System.Text.Json;

namespace Platform.Workflows.Contracts;

/// One process instance as its actor holds it now: where its tokens rest (tasks, timers, message waits, service
/// calls, child instances), its variables and its history. <see cref="Status"/> is running, completed or cancelled.
public sealed record InstanceView(
    string InstanceId,
    string DefinitionKey,
    int DefinitionVersion,
    string DefinitionName,
    string? BusinessKey,
    string Initiator,
    string Status,
    DateTimeOffset StartedAt,
    IReadOnlyList<TaskView> Tasks,
    IReadOnlyList<TimerView> Timers,
    IReadOnlyList<MessageWaitView> Waits,
    IReadOnlyList<ServiceCallView> ServiceCalls,
    IReadOnlyList<ChildCallView> ChildCalls,
    IReadOnlyDictionary<string, JsonElement> Variables,
    IReadOnlyList<HistoryItem> History,
    string? ParentInstanceId = null)
{
    /// The element ids where a token rests, for highlighting the diagram.
    public IReadOnlyList<string> ActiveElementIds =>
        Tasks.Select(t => t.ElementId).Concat(Timers.Select(t => t.ElementId)).Concat(Waits.Select(w => w.ElementId))
            .Concat(ServiceCalls.Select(c => c.ElementId)).Concat(ChildCalls.Select(c => c.ElementId)).Distinct(StringComparer.Ordinal).ToList();
}
