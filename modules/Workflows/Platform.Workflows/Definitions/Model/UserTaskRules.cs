using Platform.Workflows.Expressions;

namespace Platform.Workflows.Definitions;

/// The platform's rules for a user task, read from the pf: attributes.
/// <para>Assignee, when given, evaluates to the user id that gets the task; otherwise anyone with a candidate role or
/// a candidate user id may claim it. DueIn is from when the task opens. SendBackTo lists the earlier user tasks a
/// send-back may return to.</para>
public sealed record UserTaskRules(
    IReadOnlyList<string> CandidateRoles,
    IReadOnlyList<string> CandidateUsers,
    SafeExpression? Assignee,
    TimeSpan? DueIn,
    IReadOnlyList<TaskOutcome> Outcomes,
    IReadOnlyList<string> SendBackTo,
    SegregationOfDuties Segregation,
    MultiInstance? MultiInstance);
