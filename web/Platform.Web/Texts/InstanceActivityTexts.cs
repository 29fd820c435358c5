using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// Where an instance waits besides its tasks: timers, messages, service calls (with incidents) and child instances.
public static class InstanceActivityTexts
{
    public static readonly LocalizedText Title = new("等待中的活动", "Waiting activities");
    public static readonly LocalizedText Timers = new("定时器", "Timers");
    public static readonly LocalizedText Waits = new("等待消息", "Message waits");
    public static readonly LocalizedText ServiceCalls = new("服务调用", "Service calls");
    public static readonly LocalizedText ChildCalls = new("子流程", "Child instances");
    public static readonly LocalizedText Element = new("环节", "Step");
    public static readonly LocalizedText DueAt = new("触发时间", "Due");
    public static readonly LocalizedText Message = new("消息", "Message");
    public static readonly LocalizedText CorrelationKey = new("关联键", "Correlation key");
    public static readonly LocalizedText Attempts = new("已尝试", "Attempts");
    public static readonly LocalizedText NextAttempt = new("下次尝试", "Next attempt");
    public static readonly LocalizedText LastError = new("最近错误：{0}", "Last error: {0}");
    public static readonly LocalizedText Incident = new("异常", "Incident");
    public static readonly LocalizedText Retrying = new("重试中", "Retrying");
    public static readonly LocalizedText Retry = new("重试", "Retry");
    public static readonly LocalizedText Skip = new("跳过", "Skip");
    public static readonly LocalizedText SkipReason = new("跳过原因（记入历程）", "Why skip (kept in the history)");
    public static readonly LocalizedText Retried = new("已重新执行 {0}", "{0} runs again");
    public static readonly LocalizedText Skipped = new("已跳过 {0}", "{0} skipped");
    public static readonly LocalizedText Process = new("流程", "Process");
    public static readonly LocalizedText ChildInstance = new("子实例", "Child instance");
    public static readonly LocalizedText Refused = new("未执行：{0}", "Not done: {0}");
}
