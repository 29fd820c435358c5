namespace Platform.Workflows.Runtime;

/// Copying the state, to try an event on before it is accepted.
public sealed partial class ProcessInstance
{
    /// A deep copy: applying an event to it leaves this instance as it was.
    public ProcessInstance Copy()
    {
        var copy = new ProcessInstance(Definition)
        {
            Id = Id, DefinitionVersion = DefinitionVersion, StartedAt = StartedAt, BusinessKey = BusinessKey, Initiator = Initiator,
            Status = Status, ParentInstanceId = ParentInstanceId, ParentCallId = ParentCallId, _sequence = _sequence, _activeTokens = _activeTokens,
        };
        foreach (var (k, v) in _variables) copy._variables[k] = v;
        foreach (var (k, v) in _tasks) copy._tasks[k] = v;
        foreach (var (k, v) in _multi) copy._multi[k] = v;
        foreach (var (k, v) in _timers) copy._timers[k] = v;
        foreach (var (k, v) in _waits) copy._waits[k] = v;
        foreach (var (k, v) in _calls) copy._calls[k] = v;
        foreach (var (k, v) in _children) copy._children[k] = v;
        foreach (var (k, v) in _joinArrivals) copy._joinArrivals[k] = v;
        foreach (var (k, v) in _completers) copy._completers[k] = [.. v];
        copy._history.AddRange(_history);
        return copy;
    }
}
