using Platform.Workflows.Definitions;

namespace Platform.Workflows.Runtime;

/// A running multi-instance user task (会签/或签/N of M): one signer task per element of <see cref="Elements"/>, all at
/// once or one after the other. The list and the completion rule are fixed when the token arrives, so later variable
/// changes or a migration do not change whom this round asks or how many approvals it needs.
public sealed record MultiInstanceActivity(string ActivityId, string ElementId, IReadOnlyList<string> Elements, bool IsSequential,
    MultiInstanceCompletion Completion, DateTimeOffset StartedAt, int Opened = 0, int Approved = 0, int Rejected = 0)
{
    /// While a signer task's assignee is evaluated, its collection element is this variable (e.g. pf:assignee="[signer]").
    public const string ElementVariable = "signer";

    /// …and its index in the collection, from 0.
    public const string CounterVariable = "loopCounter";

    /// How many approvals complete the activity: every signer's, one, or N.
    public int Required => Completion.Kind switch
    {
        MultiInstanceCompletionKind.All => Elements.Count,
        MultiInstanceCompletionKind.Any => 1,
        _ => Completion.Count,
    };

    /// "approve" once enough signers approved, "reject" once so many rejected that enough approvals cannot come; else null.
    public string? Outcome => Approved >= Required ? "approve" : Rejected > Elements.Count - Required ? "reject" : null;
}
