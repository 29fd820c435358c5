namespace Platform.Workflows.Contracts;

public enum InboxScope
{
    /// Tasks I may do: assigned to me, or open to me as a candidate user or through one of my roles.
    Mine,
    /// Only tasks assigned to me (claimed, delegated or given by an assignee expression).
    AssignedToMe,
    /// Every open task (administrators and auditors).
    All,
}
