namespace Platform.Workflows.Runtime;

/// The answer to a command: the event to persist, or why nothing happens (the state is unchanged either way until the
/// event is applied).
public sealed record InstanceDecision(InstanceEvent? Event, RejectionKind? Kind = null, string? Field = null, string? Reason = null)
{
    public bool Accepted => Event is not null;

    public static InstanceDecision Accept(InstanceEvent e) => new(e);

    public static InstanceDecision Reject(RejectionKind kind, string field, string reason) => new(null, kind, field, reason);
}
