namespace Platform.Workflows.Contracts;

/// Moves a running instance to another deployed version of its process. <see cref="Mapping"/> names, for each element
/// where a token rests, the element it rests at in the target (an element missing from it maps to the same id).
/// With <see cref="DryRun"/> the move is only checked.
public sealed record MigrateInstanceRequest(int ToVersion, IReadOnlyDictionary<string, string>? Mapping = null, bool DryRun = false);
