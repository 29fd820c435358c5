namespace Platform.Workflows.Contracts;

/// A task in the inbox, with enough of its instance to decide whether to open it.
public sealed record InboxTask(
    string TaskId,
    string InstanceId,
    string ElementId,
    string Name,
    string DefinitionKey,
    string? BusinessKey,
    string Initiator,
    string? Assignee,
    IReadOnlyList<string> CandidateRoles,
    IReadOnlyList<string> CandidateUsers,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt);
