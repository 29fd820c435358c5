using Platform.Administration.Contracts;
using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The roles as the firm's people call them.
public static class RoleNames
{
    public static LocalizedText Of(string role) => role switch
    {
        PlatformRoles.Trader => new("交易员", "Trader"),
        PlatformRoles.Approver => new("审批人", "Approver"),
        PlatformRoles.RiskOfficer => new("风控专员", "Risk officer"),
        PlatformRoles.Compliance => new("合规专员", "Compliance officer"),
        PlatformRoles.SettlementOps => new("结算运营", "Settlement ops"),
        PlatformRoles.DataSteward => new("数据管理员", "Data steward"),
        PlatformRoles.WorkflowDesigner => new("流程设计员", "Workflow designer"),
        PlatformRoles.Auditor => new("审计员", "Auditor"),
        PlatformRoles.Admin => new("系统管理员", "Administrator"),
        // A role added to the database before the portal knows it still shows, by its code.
        _ => new(role, role),
    };
}
