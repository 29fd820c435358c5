namespace Platform.Workflows.Runtime;

/// The answer to a migration request: the event to persist, or every problem found (and what kind of refusal it is).
public sealed record MigrationPlan(InstanceMigrated? Event, IReadOnlyList<MigrationProblem> Problems, RejectionKind? Kind = null)
{
    public bool IsValid => Event is not null;

    /// The plan as a command's decision: the event, or one refusal naming the first element and listing every problem.
    public InstanceDecision Decision => Event is not null
        ? InstanceDecision.Accept(Event)
        : InstanceDecision.Reject(Kind ?? RejectionKind.Invalid, Problems[0].ElementId, string.Join("; ", Problems));

    public static MigrationPlan Accept(InstanceMigrated e) => new(e, []);

    public static MigrationPlan Refuse(RejectionKind kind, IReadOnlyList<MigrationProblem> problems) => new(null, problems, kind);
}
