namespace Platform.Workflows.Runtime;

/// A user task waiting for a person: who may do it and by when.
public sealed record OpenTask(string TaskId, string ElementId, string Name, string? Assignee, IReadOnlyList<string> CandidateRoles,
    IReadOnlyList<string> CandidateUsers, DateTimeOffset CreatedAt, DateTimeOffset? DueAt);
