using System.Collections.Frozen;
using Platform.SharedKernel;

namespace Platform.Workflows.Definitions;

/// A BPMN process as read from a file: its elements by id, its flows, and its messages (id → name).
/// Read-only once built. Being readable does not make it deployable: see <see cref="DefinitionValidator"/>.
public sealed record ProcessDefinition
{
    private readonly ILookup<string, SequenceFlow> _out;
    private readonly ILookup<string, SequenceFlow> _in;

    public ProcessDefinition(
        string key, string name, IEnumerable<FlowElement> elements, IEnumerable<SequenceFlow> sequenceFlows,
        IReadOnlyDictionary<string, string> messages)
    {
        Key = key;
        Name = name;
        Elements = elements.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        SequenceFlows = sequenceFlows.ToArray();
        Messages = messages.ToFrozenDictionary(StringComparer.Ordinal);
        _out = SequenceFlows.ToLookup(f => f.SourceRef, StringComparer.Ordinal);
        _in = SequenceFlows.ToLookup(f => f.TargetRef, StringComparer.Ordinal);
    }

    /// The process id: the key instances are started by and call activities name.
    public string Key { get; }
    public string Name { get; }
    public IReadOnlyDictionary<string, FlowElement> Elements { get; }
    public IReadOnlyList<SequenceFlow> SequenceFlows { get; }
    public IReadOnlyDictionary<string, string> Messages { get; }

    public IEnumerable<SequenceFlow> Outgoing(string elementId) => _out[elementId];
    public IEnumerable<SequenceFlow> Incoming(string elementId) => _in[elementId];

    public FlowElement Element(string elementId) => Elements.TryGetValue(elementId, out var element) ? element
        : throw new DomainException($"process '{Key}' has no element '{elementId}'", "elementId");

    /// The boundary timers attached to an activity.
    public IEnumerable<BoundaryTimerEvent> BoundaryEventsOf(string elementId) =>
        Elements.Values.OfType<BoundaryTimerEvent>().Where(b => b.AttachedTo == elementId);
}
