namespace Platform.Workflows.Definitions;

public enum MultiInstanceCompletionKind
{
    /// 会签: every signer must approve.
    All,
    /// 或签: one approval is enough.
    Any,
    /// N of M: the first N approvals complete it.
    Count,
}
