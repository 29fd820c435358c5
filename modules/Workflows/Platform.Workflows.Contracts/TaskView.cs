namespace Platform.Workflows.Contracts;

/// An open user task: who may do it (the assignee, or else the candidate users and roles), by when, and what they may
/// decide. A claimed task has the claimer as assignee; a delegated one also names its owner.
public sealed record TaskView(
    string TaskId,
    string InstanceId,
    string ElementId,
    string Name,
    string? Assignee,
    string? Owner,
    IReadOnlyList<string> CandidateRoles,
    IReadOnlyList<string> CandidateUsers,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> SendBackTo);
