namespace Platform.E2E.Portal;

/// A user the host creates when the demo profile is on, one per role.
public sealed record DemoUser(string UserName, string DisplayName, string Role)
{
    public const string Password = "Demo@2026";

    public static DemoUser Trader { get; } = new("trader1", "交易员一 Trader One", "Trader");
    public static DemoUser Approver { get; } = new("approver1", "审批人一 Approver One", "Approver");
    public static DemoUser Risk { get; } = new("risk1", "风控一 Risk Officer One", "RiskOfficer");
    public static DemoUser Compliance { get; } = new("compliance1", "合规一 Compliance Officer One", "Compliance");
    public static DemoUser Settlement { get; } = new("settle1", "结算一 Settlement Ops One", "SettlementOps");
    public static DemoUser Steward { get; } = new("steward1", "数据管理员一 Data Steward One", "DataSteward");
    public static DemoUser Designer { get; } = new("designer1", "流程设计一 Workflow Designer One", "WorkflowDesigner");
    public static DemoUser Auditor { get; } = new("auditor1", "审计一 Auditor One", "Auditor");
    public static DemoUser Admin { get; } = new("admin1", "管理员一 Admin One", "Admin");

    public static DemoUser Named(string userName) =>
        new[] { Trader, Approver, Risk, Compliance, Settlement, Steward, Designer, Auditor, Admin }.Single(u => u.UserName == userName);
}
