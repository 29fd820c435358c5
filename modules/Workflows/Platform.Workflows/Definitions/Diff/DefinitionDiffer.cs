using Platform.Workflows.Contracts;

namespace Platform.Workflows.Definitions;

/// What changed between two versions of a process: elements and sequence flows added, removed or changed (matched by
/// id, as bpmn-js keeps ids across edits), and the process's own name. Pure: two definitions in, the changes out.
public static class DefinitionDiffer
{
    /// Shown for a property the file does not give.
    public const string None = "—";

    public static IReadOnlyList<ElementChange> Diff(ProcessDefinition from, ProcessDefinition to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var changes = new List<ElementChange>();
        if (!string.Equals(from.Name, to.Name, StringComparison.Ordinal))
            changes.Add(new ElementChange(to.Key, ElementChange.Changed, "process", to.Name, [Detail("name", from.Name, to.Name)]));
        changes.AddRange(Compare(
            from.Elements.Values.ToDictionary(e => e.Id, Describe, StringComparer.Ordinal),
            to.Elements.Values.ToDictionary(e => e.Id, Describe, StringComparer.Ordinal)));
        changes.AddRange(Compare(
            DistinctById(from.SequenceFlows).ToDictionary(f => f.Id, Describe, StringComparer.Ordinal),
            DistinctById(to.SequenceFlows).ToDictionary(f => f.Id, Describe, StringComparer.Ordinal)));
        return changes;
    }

    private static IEnumerable<ElementChange> Compare(
        IReadOnlyDictionary<string, DescribedElement> before, IReadOnlyDictionary<string, DescribedElement> after)
    {
        foreach (var id in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var old = before.GetValueOrDefault(id);
            var now = after.GetValueOrDefault(id);
            if (old is null)
                yield return new ElementChange(id, ElementChange.Added, now!.Kind, now.Name, Listed(now.Properties));
            else if (now is null)
                yield return new ElementChange(id, ElementChange.Removed, old.Kind, old.Name, Listed(old.Properties));
            else if (Differences(old.Properties, now.Properties) is { Count: > 0 } details)
                yield return new ElementChange(id, ElementChange.Changed, now.Kind, now.Name, details);
        }
    }

    /// Each property that differs, as "name: old → new", in the order of the new element's properties.
    private static List<string> Differences(IReadOnlyList<ElementProperty> old, IReadOnlyList<ElementProperty> now)
    {
        var oldValues = old.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var nowValues = now.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        return old.Select(p => p.Name).Union(now.Select(p => p.Name), StringComparer.Ordinal)
            .Select(name => (name, before: oldValues.GetValueOrDefault(name, ""), after: nowValues.GetValueOrDefault(name, "")))
            .Where(p => !string.Equals(p.before, p.after, StringComparison.Ordinal))
            .Select(p => Detail(p.name, p.before, p.after))
            .ToList();
    }

    /// An added or removed element's properties that have a value, so the table says what it is (kind and name have
    /// their own columns).
    private static List<string> Listed(IReadOnlyList<ElementProperty> properties) =>
        properties.Where(p => p.Name is not ("kind" or "name") && p.Value.Length > 0).Select(p => $"{p.Name}: {p.Value}").ToList();

    private static string Detail(string name, string before, string after) => $"{name}: {Show(before)} → {Show(after)}";

    private static string Show(string value) => value.Length == 0 ? None : value;

    private static DescribedElement Describe(FlowElement element) =>
        new(element.Kind, element.Name.Length == 0 ? null : element.Name, ElementProperties.Of(element));

    private static DescribedElement Describe(SequenceFlow flow) => new("sequenceFlow", null, ElementProperties.Of(flow));

    /// The parser reports a repeated id as a problem, but a definition built in code could still hold one: first wins.
    private static IEnumerable<SequenceFlow> DistinctById(IEnumerable<SequenceFlow> flows) => flows.DistinctBy(f => f.Id, StringComparer.Ordinal);
}
