namespace Platform.Workflows.Definitions;

/// A service task names the handler that does the work.
internal sealed class ServiceTaskRule : IDefinitionRule
{
    public IEnumerable<DefinitionProblem> Check(ProcessDefinition definition) =>
        from task in definition.Elements.Values.OfType<ServiceTask>()
        where task.Handler.Length == 0
        select new DefinitionProblem(task.Id, "a service task needs pf:handler, e.g. settlement.sendInstruction");
}
