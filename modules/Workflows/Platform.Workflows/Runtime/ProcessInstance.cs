using System.Text.Json;
using Platform.SharedKernel;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// The state of one process instance, folded from its events over its definition version (see <see cref="InstanceEvent"/>).
/// Tokens rest in user tasks, timers, message waits and service calls; everything between is walked at once. Ids are
/// the instance id and a sequence number, so a replay rebuilds the same ids.
public sealed partial class ProcessInstance
{
    private readonly Dictionary<string, object?> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpenTask> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingTimer> _timers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MessageWait> _waits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ServiceCall> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _joinArrivals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _completedBy = new(StringComparer.Ordinal);
    private readonly List<HistoryEntry> _history = [];
    private int _sequence;
    private int _activeTokens;

    public ProcessDefinition Definition { get; }
    public string Id { get; private set; } = "";
    public string? BusinessKey { get; private set; }
    public string Initiator { get; private set; } = "";
    public InstanceStatus Status { get; private set; }

    public ProcessInstance(ProcessDefinition definition) => Definition = definition;

    public IReadOnlyDictionary<string, object?> Variables => _variables;
    public IReadOnlyCollection<OpenTask> Tasks => _tasks.Values;
    public IReadOnlyCollection<PendingTimer> Timers => _timers.Values;
    public IReadOnlyCollection<MessageWait> Waits => _waits.Values;
    public IReadOnlyCollection<ServiceCall> ServiceCalls => _calls.Values;
    public IReadOnlyList<HistoryEntry> History => _history;

    /// Who completed the user task with this element id most recently (for segregation of duties).
    public string? CompletedBy(string elementId) => _completedBy.GetValueOrDefault(elementId);

    /// Folds one event in. Throws a DomainException when the definition cannot take it (a condition on a missing
    /// variable): <see cref="InstanceRules"/> applies every new event to a copy first, so that never reaches the journal.
    public void Apply(InstanceEvent e)
    {
        switch (e)
        {
            case InstanceStarted s:
                (Id, BusinessKey, Initiator, Status) = (s.InstanceId, s.BusinessKey, s.Initiator, InstanceStatus.Running);
                Merge(s.Variables);
                _variables["initiator"] = s.Initiator;
                var start = Definition.Elements.Values.OfType<StartEvent>().Single();
                _history.Add(new HistoryEntry(s.At, start.Id, "started", s.Initiator));
                _activeTokens = 1;
                Leave(start, s.At);
                break;
            case TaskCompleted c:
                CompleteTask(c);
                break;
            case TimerFired t:
                FireTimer(t);
                break;
            case MessageCorrelated m:
                var wait = _waits[m.WaitId];
                _waits.Remove(m.WaitId);
                Resume(wait.ElementId, m.Variables, new HistoryEntry(m.At, wait.ElementId, "message received", Outcome: wait.MessageName));
                break;
            case ServiceTaskSucceeded ok:
                var call = _calls[ok.CallId];
                _calls.Remove(ok.CallId);
                Resume(call.ElementId, ok.Variables, new HistoryEntry(ok.At, call.ElementId, "service task done", Outcome: call.Handler));
                break;
            case InstanceCancelled x:
                _tasks.Clear();
                _timers.Clear();
                _waits.Clear();
                _calls.Clear();
                _activeTokens = 0;
                Status = InstanceStatus.Cancelled;
                _history.Add(new HistoryEntry(x.At, "", "cancelled", x.By, Comment: x.Reason));
                break;
            default:
                throw new DomainException($"an instance cannot apply {e.GetType().Name}", "event");
        }
        FireReadyInclusiveJoins(e.At);
        if (Status == InstanceStatus.Running && _activeTokens == 0)
        {
            Status = InstanceStatus.Completed;
            _history.Add(new HistoryEntry(e.At, "", "completed"));
        }
    }

    /// A deep copy, to try an event on before it is accepted.
    public ProcessInstance Copy()
    {
        var copy = new ProcessInstance(Definition) { Id = Id, BusinessKey = BusinessKey, Initiator = Initiator, Status = Status, _sequence = _sequence, _activeTokens = _activeTokens };
        foreach (var (k, v) in _variables) copy._variables[k] = v;
        foreach (var (k, v) in _tasks) copy._tasks[k] = v;
        foreach (var (k, v) in _timers) copy._timers[k] = v;
        foreach (var (k, v) in _waits) copy._waits[k] = v;
        foreach (var (k, v) in _calls) copy._calls[k] = v;
        foreach (var (k, v) in _joinArrivals) copy._joinArrivals[k] = v;
        foreach (var (k, v) in _completedBy) copy._completedBy[k] = v;
        copy._history.AddRange(_history);
        return copy;
    }

    /// A token resting at an element goes on, with the variables that came with what released it.
    private void Resume(string elementId, IReadOnlyDictionary<string, JsonElement> variables, HistoryEntry entry)
    {
        Merge(variables);
        _history.Add(entry);
        Leave(Definition.Element(elementId), entry.At);
    }

    private string NextId(string kind) => $"{Id}-{kind}-{++_sequence}";

    private void Merge(IReadOnlyDictionary<string, JsonElement> variables)
    {
        foreach (var (name, value) in variables) _variables[name] = value.Clone();
    }
}
