namespace Platform.Workflows.Definitions;

/// Every timer says when it fires. (A timer whose text was not ISO-8601 was already refused when read.)
internal sealed class TimerRule : IDefinitionRule
{
    public IEnumerable<DefinitionProblem> Check(ProcessDefinition definition) =>
        from element in definition.Elements.Values
        where element is IntermediateTimerEvent { Timer: null } or BoundaryTimerEvent { Timer: null }
        select new DefinitionProblem(element.Id, "a timer needs a timeDuration (ISO-8601, e.g. PT4H) or a timeDate");
}
