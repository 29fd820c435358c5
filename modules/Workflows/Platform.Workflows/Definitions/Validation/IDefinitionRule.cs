namespace Platform.Workflows.Definitions;

/// One rule a deployable definition keeps. A rule reports every breach it finds, each on the element to fix.
internal interface IDefinitionRule
{
    IEnumerable<DefinitionProblem> Check(ProcessDefinition definition);
}
