namespace Platform.Workflows.Definitions;

/// What the person doing a user task may decide (pf:outcomes).
public enum TaskOutcome
{
    /// 同意
    Approve,
    /// 拒绝
    Reject,
    /// 退回: back to a named earlier task (pf:sendBackTo).
    SendBack,
    /// 转办: hand the task to someone else.
    Reassign,
    /// 加签: ask one more person to sign before the task completes.
    AddSigner,
}
