using Platform.Workflows.Runtime;

namespace Platform.Workflows.Projection;

/// Whose inbox a task is in: its assignee alone, or, while unassigned, each candidate user and role.
internal static class TaskAudience
{
    public static string User(string user) => "u:" + user;
    public static string Role(string role) => "r:" + role;

    public static IEnumerable<string> Of(OpenTask task) => task.Assignee is { } assignee
        ? [User(assignee)]
        : task.CandidateUsers.Select(User).Concat(task.CandidateRoles.Select(Role)).Distinct(StringComparer.Ordinal);
}
