namespace Platform.Workflows.Definitions;

/// One thing wrong with a definition, on the element the designer must fix ("definitions" for the file as a whole).
public sealed record DefinitionProblem(string ElementId, string Message)
{
    public const string File = "definitions";

    public override string ToString() => $"{ElementId}: {Message}";
}
