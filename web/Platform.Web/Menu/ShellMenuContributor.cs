using AntDesign;
using Platform.Administration.Contracts;

namespace Platform.Web.Menu;

/// The shell's own pages: the workspace and market calendar for everyone, the bond calculator for the front and middle
/// office, user administration for admins and the audit trail for auditors. The roles here match each page's [Authorize].
internal sealed class ShellMenuContributor : IPortalMenuContributor
{
    public IEnumerable<PortalMenuEntry> Entries { get; } =
    [
        new("home", "/", new("我的工作台", "My workspace"), IconType.Outline.Home, PortalMenuGroups.Workspace, PlatformRoles.All),
        new("bond-calculator", "/analytics/bond-calculator", new("债券计算器", "Bond calculator"), IconType.Outline.Calculator, PortalMenuGroups.FrontOffice,
            [PlatformRoles.Trader, PlatformRoles.Approver, PlatformRoles.RiskOfficer]),
        new("calendar", "/calendar", new("交易日历", "Market calendar"), IconType.Outline.Calendar, PortalMenuGroups.Data, PlatformRoles.All, order: 100),
        new("users", "/admin/users", new("用户管理", "Users"), IconType.Outline.Team, PortalMenuGroups.Admin, [PlatformRoles.Admin]),
        new("audit", "/audit", new("审计日志", "Audit trail"), IconType.Outline.Audit, PortalMenuGroups.Admin, [PlatformRoles.Auditor], order: 10),
    ];
}
