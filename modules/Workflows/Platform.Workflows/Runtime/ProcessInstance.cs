using System.Text.Json;
using Platform.SharedKernel;
using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// The state of one process instance, folded from its events over its definition version (see <see cref="InstanceEvent"/>).
/// Tokens rest in user tasks, timers, message waits, service calls and child calls; everything between is walked at
/// once. Ids are the instance id and a sequence number, so a replay rebuilds the same ids.
public sealed partial class ProcessInstance
{
    private readonly Dictionary<string, object?> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpenTask> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MultiInstanceActivity> _multi = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingTimer> _timers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MessageWait> _waits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ServiceCall> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChildCall> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _joinArrivals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _completers = new(StringComparer.Ordinal);
    private readonly List<HistoryEntry> _history = [];
    private int _sequence;
    private int _activeTokens;

    /// The version the instance runs on now: the one it started on until an <see cref="InstanceMigrated"/>.
    public ProcessDefinition Definition { get; private set; }
    public string Id { get; private set; } = "";
    public int DefinitionVersion { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public string? BusinessKey { get; private set; }
    public string Initiator { get; private set; } = "";
    public InstanceStatus Status { get; private set; }

    /// Set when a call activity of another instance started this one.
    public string? ParentInstanceId { get; private set; }
    public string? ParentCallId { get; private set; }

    public ProcessInstance(ProcessDefinition definition) => Definition = definition;

    public IReadOnlyDictionary<string, object?> Variables => _variables;
    public IReadOnlyCollection<OpenTask> Tasks => _tasks.Values;
    public IReadOnlyCollection<MultiInstanceActivity> MultiInstances => _multi.Values;
    public IReadOnlyCollection<PendingTimer> Timers => _timers.Values;
    public IReadOnlyCollection<MessageWait> Waits => _waits.Values;
    public IReadOnlyCollection<ServiceCall> ServiceCalls => _calls.Values;
    public IReadOnlyCollection<ChildCall> ChildCalls => _children.Values;

    /// Tokens waiting inside a join gateway (by gateway id) for the others.
    public IReadOnlyDictionary<string, int> JoinArrivals => _joinArrivals;
    public IReadOnlyList<HistoryEntry> History => _history;

    /// Who completed the user task with this element id most recently.
    public string? CompletedBy(string elementId) => _completers.GetValueOrDefault(elementId)?[^1];

    /// Whether this user completed a task of this element in this instance (any signer of a multi-instance task, and
    /// any earlier round of a task sent back): segregation of duties excludes all of them.
    public bool HasCompleted(string elementId, string user) => _completers.TryGetValue(elementId, out var users) && users.Contains(user);

    /// Folds one event in. Throws a DomainException when the definition cannot take it (a condition on a missing
    /// variable): <see cref="InstanceRules"/> applies every new event to a copy first, so that never reaches the journal.
    /// An <see cref="InstanceMigrated"/> needs its target definition: apply it with <see cref="Migrate"/>.
    public void Apply(InstanceEvent e)
    {
        switch (e)
        {
            case InstanceStarted s:
                Start(s);
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
            case ChildInstanceCompleted child:
                CompleteChild(child);
                break;
            case ServiceCallFailed or IncidentRetried or ServiceTaskSkipped:
                ApplyCallOutcome(e);
                break;
            case TaskClaimed or TaskUnclaimed or TaskDelegated or TaskReassigned or SignerAdded:
                ApplyAssignment(e);
                break;
            case InstanceCancelled x:
                Cancel(x);
                break;
            case InstanceMigrated migrated:
                throw new InvalidOperationException(
                    $"instance {Id}: load version {migrated.ToVersion} of '{Definition.Key}' and call Migrate(definition, event) to apply a migration");
            default:
                throw new DomainException($"an instance cannot apply {e.GetType().Name}", "event");
        }
        Settle(e.At);
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
