using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The audit trail page.
public static class AuditTexts
{
    public static readonly LocalizedText Title = new("审计日志", "Audit trail");
    public static readonly LocalizedText Intro = new(
        "每条记录都含有前一条记录的哈希值，任何篡改都会使校验链断裂。",
        "Every entry carries the hash of the one before it, so any tampering breaks the chain.");
    public static readonly LocalizedText Actor = new("操作人", "Actor");
    public static readonly LocalizedText Action = new("操作", "Action");
    public static readonly LocalizedText ActorPlaceholder = new("操作人（前缀匹配）", "Actor (prefix)");
    public static readonly LocalizedText ActionPlaceholder = new("操作（前缀匹配，如 auth.）", "Action (prefix, e.g. auth.)");
    public static readonly LocalizedText From = new("起始日期", "From");
    public static readonly LocalizedText To = new("截止日期", "To");
    public static readonly LocalizedText Query = new("查询", "Search");
    public static readonly LocalizedText Reset = new("重置", "Reset");
    public static readonly LocalizedText Verify = new("校验链", "Verify chain");
    public static readonly LocalizedText Sequence = new("序号", "#");
    public static readonly LocalizedText At = new("时间（北京）", "Time (Beijing)");
    public static readonly LocalizedText Target = new("对象", "Target");
    public static readonly LocalizedText Outcome = new("结果", "Outcome");
    public static readonly LocalizedText Detail = new("详情", "Detail");
    public static readonly LocalizedText Hash = new("哈希", "Hash");
    public static readonly LocalizedText ChainValid = new("校验通过：链完整，共 {0} 条记录", "valid, {0} entries");
    public static readonly LocalizedText ChainBroken = new("校验失败：第 {0} 条记录处断裂 — {1}", "broken at entry {0}: {1}");
    public static readonly LocalizedText Failed = new("查询失败：{0}", "Query failed: {0}");
    public static readonly LocalizedText Total = new("共 {0} 条记录", "{0} entries");
}
