using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The instance list and the instance page.
public static class InstanceTexts
{
    public static readonly LocalizedText ListTitle = new("流程实例", "Process instances");
    public static readonly LocalizedText ListIntro = new("所有流程实例，最新的在前。点击一行查看流程图、待办任务和历程。",
        "Every process instance, newest first. Click a row for its diagram, open tasks and history.");
    public static readonly LocalizedText Title = new("流程实例：{0}", "Process instance: {0}");
    public static readonly LocalizedText AllProcesses = new("全部流程", "All processes");
    public static readonly LocalizedText AllStatuses = new("全部状态", "All statuses");
    public static readonly LocalizedText BusinessKeyPlaceholder = new("业务键（完全匹配）", "Business key (exact)");
    public static readonly LocalizedText WithIncident = new("仅看有异常", "With an incident");
    public static readonly LocalizedText Query = new("查询", "Search");
    public static readonly LocalizedText Reset = new("重置", "Reset");
    public static readonly LocalizedText Refresh = new("刷新", "Refresh");
    public static readonly LocalizedText BackToList = new("返回实例列表", "Back to the list");
    public static readonly LocalizedText Instance = new("实例", "Instance");
    public static readonly LocalizedText Process = new("流程", "Process");
    public static readonly LocalizedText ProcessVersion = new("{0} · 版本 {1}", "{0} · version {1}");
    public static readonly LocalizedText BusinessKey = new("业务键", "Business key");
    public static readonly LocalizedText Initiator = new("发起人", "Initiator");
    public static readonly LocalizedText Status = new("状态", "Status");
    public static readonly LocalizedText StartedAt = new("发起时间", "Started");
    public static readonly LocalizedText UpdatedAt = new("更新时间", "Updated");
    public static readonly LocalizedText OpenTasks = new("待办数", "Open tasks");
    public static readonly LocalizedText Parent = new("父实例", "Parent instance");
    public static readonly LocalizedText Running = new("运行中", "Running");
    public static readonly LocalizedText Completed = new("已完成", "Completed");
    public static readonly LocalizedText Cancelled = new("已取消", "Cancelled");
    public static readonly LocalizedText Incident = new("有异常", "Incident");
    public static readonly LocalizedText Total = new("共 {0} 个实例", "{0} instances");
    public static readonly LocalizedText Failed = new("无法读取：{0}", "Cannot be read: {0}");
    public static readonly LocalizedText Diagram = new("流程图", "Diagram");
    public static readonly LocalizedText LegendActive = new("进行中", "In progress");
    public static readonly LocalizedText LegendCompleted = new("已完成", "Done");
    public static readonly LocalizedText NoDiagram = new("找不到版本 {0} 的流程定义", "The definition of version {0} cannot be found");
    public static readonly LocalizedText TasksTitle = new("待办任务", "Open tasks");
    public static readonly LocalizedText NoOpenTasks = new("没有待办任务", "No open task");
    public static readonly LocalizedText History = new("流程历程", "History");
    public static readonly LocalizedText Variables = new("流程变量", "Variables");
    public static readonly LocalizedText NoVariables = new("没有变量", "No variables");
}
