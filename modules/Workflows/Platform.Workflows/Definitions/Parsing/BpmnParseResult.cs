namespace Platform.Workflows.Definitions;

/// The definition read from a file, or every reason it could not be read (never both).
public sealed record BpmnParseResult
{
    private BpmnParseResult(ProcessDefinition? definition, IReadOnlyList<DefinitionProblem> problems) =>
        (Definition, Problems) = (definition, problems);

    public ProcessDefinition? Definition { get; }
    public IReadOnlyList<DefinitionProblem> Problems { get; }
    public bool Succeeded => Definition is not null;

    internal static BpmnParseResult Of(ProcessDefinition definition) => new(definition, []);
    internal static BpmnParseResult Failed(IReadOnlyList<DefinitionProblem> problems) => new(null, problems);
}
