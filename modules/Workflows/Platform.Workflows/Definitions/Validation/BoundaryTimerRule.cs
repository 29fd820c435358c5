namespace Platform.Workflows.Definitions;

/// Boundary timers sit on user tasks (the engine escalates people, not machines) and lead somewhere.
internal sealed class BoundaryTimerRule : IDefinitionRule
{
    public IEnumerable<DefinitionProblem> Check(ProcessDefinition definition)
    {
        foreach (var boundary in definition.Elements.Values.OfType<BoundaryTimerEvent>())
        {
            var host = definition.Elements.GetValueOrDefault(boundary.AttachedTo);
            if (boundary.AttachedTo.Length == 0)
                yield return new(boundary.Id, "a boundary timer needs attachedToRef: the user task it watches");
            else if (host is null)
                yield return new(boundary.Id, $"attachedToRef '{boundary.AttachedTo}' is not an element of this process");
            else if (host is not UserTask)
                yield return new(boundary.Id, $"a boundary timer may only be attached to a user task, not to {host.Kind} {host.Id}");
            if (!definition.Outgoing(boundary.Id).Any())
                yield return new(boundary.Id, "a boundary timer needs an outgoing flow: where the escalation goes");
        }
    }
}
