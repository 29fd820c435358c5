namespace Platform.Workflows.Runtime;

/// A user task waiting for a person: who may do it and by when. <see cref="Owner"/> is set while the task is delegated;
/// <see cref="CoSignOf"/> names the task a co-signer (加签) signs for. A signer's task of a multi-instance activity
/// names it in <see cref="ActivityId"/>, with <see cref="LoopCounter"/> the index (from 0) of its collection element.
public sealed record OpenTask(string TaskId, string ElementId, string Name, string? Assignee, IReadOnlyList<string> CandidateRoles,
    IReadOnlyList<string> CandidateUsers, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, string? Owner = null, string? CoSignOf = null,
    string? ActivityId = null, int? LoopCounter = null);
