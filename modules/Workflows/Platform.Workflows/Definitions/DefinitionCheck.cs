namespace Platform.Workflows.Definitions;

/// The outcome of checking a BPMN file for deployment: the deployable definition, or every problem.
public sealed record DefinitionCheck(DeployableDefinition? Deployable, IReadOnlyList<DefinitionProblem> Problems)
{
    public bool IsDeployable => Deployable is not null;
}
