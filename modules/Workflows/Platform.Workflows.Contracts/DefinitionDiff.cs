namespace Platform.Workflows.Contracts;

/// The differences between two versions of one process key, element by element (sequence flows included).
public sealed record DefinitionDiff(string Key, int FromVersion, int ToVersion, IReadOnlyList<ElementChange> Changes);
