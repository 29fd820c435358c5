namespace Platform.Administration.Contracts;

/// The roles of the platform. A user may hold several; every endpoint and menu entry names the roles it allows.
public static class PlatformRoles
{
    public const string Trader = "Trader";
    public const string Approver = "Approver";
    public const string RiskOfficer = "RiskOfficer";
    public const string Compliance = "Compliance";
    public const string SettlementOps = "SettlementOps";
    public const string DataSteward = "DataSteward";
    public const string WorkflowDesigner = "WorkflowDesigner";
    public const string Auditor = "Auditor";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } =
        [Trader, Approver, RiskOfficer, Compliance, SettlementOps, DataSteward, WorkflowDesigner, Auditor, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
