using AntDesign;
using Platform.Web.Localization;

namespace Platform.Web.Menu;

/// The menu's groups, in the order the firm's people think of the trade's life: front, middle, back office,
/// then the data and processes behind them, then administration. Modules put their entries into these.
public static class PortalMenuGroups
{
    public static PortalMenuGroup Workspace { get; } = new("workspace", new("工作台", "Workspace"), IconType.Outline.Home, 0);
    public static PortalMenuGroup FrontOffice { get; } = new("front", new("前台", "Front office"), IconType.Outline.Transaction, 10);
    /// The securities, counterparties and books every office trades against; between the front office, which uses it
    /// most, and the middle office.
    public static PortalMenuGroup ReferenceData { get; } = new("reference", new("参考数据", "Reference data"), IconType.Outline.Profile, 15);
    public static PortalMenuGroup MiddleOffice { get; } = new("middle", new("中台", "Middle office"), IconType.Outline.Safety, 20);
    public static PortalMenuGroup BackOffice { get; } = new("back", new("后台", "Back office"), IconType.Outline.Bank, 30);
    public static PortalMenuGroup Data { get; } = new("data", new("数据", "Data"), IconType.Outline.Database, 40);
    public static PortalMenuGroup Workflows { get; } = new("workflows", new("流程", "Workflows"), IconType.Outline.Apartment, 50);
    public static PortalMenuGroup Admin { get; } = new("admin", new("管理", "Administration"), IconType.Outline.Setting, 60);
}
