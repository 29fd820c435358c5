using Platform.Workflows.Contracts;

namespace Platform.Workflows.Instances;

/// A row of <c>workflow_tasks</c> as Dapper reads it.
internal sealed record TaskRow
{
    public required string TaskId { get; init; }
    public required string InstanceId { get; init; }
    public required string ElementId { get; init; }
    public required string Name { get; init; }
    public required string DefinitionKey { get; init; }
    public string? BusinessKey { get; init; }
    public required string Initiator { get; init; }
    public string? Assignee { get; init; }
    public required string CandidateRoles { get; init; }
    public required string CandidateUsers { get; init; }
    public long CreatedAtMs { get; init; }
    public long? DueAtMs { get; init; }

    public InboxTask ToInboxTask() => new(TaskId, InstanceId, ElementId, Name, DefinitionKey, BusinessKey, Initiator, Assignee,
        Split(CandidateRoles), Split(CandidateUsers), DateTimeOffset.FromUnixTimeMilliseconds(CreatedAtMs),
        DueAtMs is { } due ? DateTimeOffset.FromUnixTimeMilliseconds(due) : null);

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
