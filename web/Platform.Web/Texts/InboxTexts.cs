using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The inbox (待办): scope, filters, columns and due-time labels.
public static class InboxTexts
{
    public static readonly LocalizedText Title = new("待办", "Inbox");
    public static readonly LocalizedText Intro = new(
        "等待您处理的流程任务。点击一行打开任务：签收、审批，或委派、转办、加签。",
        "Process tasks waiting for you. Click a row to open the task: claim it, decide it, or delegate, reassign or add a signer.");
    public static readonly LocalizedText ScopeMine = new("我的及我角色的待办", "Mine and my roles'");
    public static readonly LocalizedText ScopeAssigned = new("指派给我", "Assigned to me");
    public static readonly LocalizedText ScopeAll = new("全部待办", "Everyone's");
    public static readonly LocalizedText AllProcesses = new("全部流程", "All processes");
    public static readonly LocalizedText OverdueOnly = new("仅看逾期", "Overdue only");
    public static readonly LocalizedText SearchPlaceholder = new("搜索任务名称或业务键", "Search task name or business key");
    public static readonly LocalizedText Query = new("查询", "Search");
    public static readonly LocalizedText Reset = new("重置", "Reset");
    public static readonly LocalizedText StartProcess = new("发起流程", "Start a process");
    public static readonly LocalizedText Task = new("任务", "Task");
    public static readonly LocalizedText Process = new("流程", "Process");
    public static readonly LocalizedText BusinessKey = new("业务键", "Business key");
    public static readonly LocalizedText Initiator = new("发起人", "Initiator");
    public static readonly LocalizedText Handler = new("处理人 / 候选", "Assignee / candidates");
    public static readonly LocalizedText CreatedAt = new("创建时间", "Created");
    public static readonly LocalizedText DueAt = new("到期时间", "Due");
    public static readonly LocalizedText Total = new("共 {0} 项待办", "{0} tasks");
    public static readonly LocalizedText Failed = new("无法读取待办：{0}", "The inbox cannot be read: {0}");
    public static readonly LocalizedText Overdue = new("已逾期", "Overdue");
    public static readonly LocalizedText DueSoon = new("即将到期", "Due soon");
    public static readonly LocalizedText Legend = new("到期不足 1 小时的任务标为“即将到期”，已过到期时间的标为“已逾期”。",
        "Tasks due within an hour are marked \"due soon\", tasks past their due time \"overdue\".");
}
