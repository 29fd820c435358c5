namespace Platform.Workflows.Contracts;

/// One element that differs between two versions: <see cref="Change"/> is added, removed or changed; for a changed
/// element <see cref="Details"/> names each property that differs with its old and new value.
public sealed record ElementChange(string ElementId, string Change, string ElementKind, string? Name, IReadOnlyList<string> Details)
{
    public const string Added = "added";
    public const string Removed = "removed";
    public const string Changed = "changed";
}
