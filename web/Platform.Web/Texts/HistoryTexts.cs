using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The instance history's entries (the engine's HistoryItem.What) in the firm's words, and the details they carry.
public static class HistoryTexts
{
    public static readonly LocalizedText By = new("操作人 {0}", "by {0}");
    public static readonly LocalizedText To = new("交给 {0}", "to {0}");
    public static readonly LocalizedText AssignedTo = new("处理人 {0}", "assignee {0}");
    public static readonly LocalizedText Handler = new("处理器 {0}", "handler {0}");
    public static readonly LocalizedText ChildProcess = new("子流程 {0}", "child process {0}");
    public static readonly LocalizedText Message = new("消息 {0}", "message {0}");
    public static readonly LocalizedText Completion = new("完成条件 {0}", "completion {0}");

    public static LocalizedText Of(string what) => what switch
    {
        "started" => new("发起流程", "Process started"),
        "task opened" => new("任务到达", "Task opened"),
        "task claimed" => new("签收", "Claimed"),
        "task unclaimed" => new("放弃签收", "Unclaimed"),
        "task delegated" => new("委派", "Delegated"),
        "task reassigned" => new("转办", "Reassigned"),
        "signer added" => new("加签", "Signer added"),
        "co-signed" => new("会签意见", "Co-signed"),
        "delegation resolved" => new("委派办结", "Delegation answered"),
        "task completed" => new("完成任务", "Task completed"),
        "multi-instance started" => new("会签开始", "Multi-instance started"),
        "multi-instance completed" => new("会签结束", "Multi-instance completed"),
        "timer fired" => new("定时触发", "Timer fired"),
        "message received" => new("收到消息", "Message received"),
        "service task called" => new("调用服务", "Service called"),
        "service task done" => new("服务完成", "Service done"),
        "service task skipped" => new("跳过服务", "Service skipped"),
        "incident raised" => new("出现异常", "Incident raised"),
        "incident retried" => new("异常重试", "Incident retried"),
        "child instance called" => new("调用子流程", "Child instance started"),
        "child instance completed" => new("子流程结束", "Child instance completed"),
        "ended" => new("到达结束", "End reached"),
        "completed" => new("流程完成", "Process completed"),
        "cancelled" => new("流程取消", "Process cancelled"),
        _ when what.StartsWith("migrated ", StringComparison.Ordinal) => new("迁移 " + what["migrated ".Length..], "Migrated " + what["migrated ".Length..]),
        _ => new(what, what),
    };
}
