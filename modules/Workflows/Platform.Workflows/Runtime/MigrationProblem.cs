namespace Platform.Workflows.Runtime;

/// Why an instance cannot move to another version, naming the element to map differently (or "instance"/"definition").
public sealed record MigrationProblem(string ElementId, string Message)
{
    public override string ToString() => $"{ElementId}: {Message}";
}
