using AntDesign;
using Platform.Administration.Contracts;
using Platform.Web.Components.Pages.Trading;

namespace Platform.Web.Menu;

/// The trading module's pages. Reference data (bonds, counterparties, books) is read by every signed-in user, since
/// every office prices, limits or settles against it; only data stewards and admins import it, as the import page's
/// [Authorize] says. In the front office, traders (and admins) enter and follow their tickets and capture derivatives;
/// the blotter is also read by those who approve, watch or audit the desk (<see cref="TradingRoles"/>, which the pages'
/// [Authorize] use too).
internal sealed class TradingMenuContributor : IPortalMenuContributor
{
    public IEnumerable<PortalMenuEntry> Entries { get; } =
    [
        new("trading-tickets", TradingRoutes.Tickets, new("我的审批单", "My tickets"), IconType.Outline.FileText, PortalMenuGroups.FrontOffice,
            TradingRoles.TraderRoles, order: 10),
        // After My tickets, whose route prefixes its own: Ant lights the last entry matching as the page first draws.
        new("trading-ticket-new", TradingRoutes.NewTicket, new("新建审批单", "New ticket"), IconType.Outline.FileAdd, PortalMenuGroups.FrontOffice,
            TradingRoles.TraderRoles, order: 20),
        new("trading-derivatives", TradingRoutes.Derivatives, new("衍生品录入", "Derivatives capture"), IconType.Outline.Swap, PortalMenuGroups.FrontOffice,
            TradingRoles.TraderRoles, order: 25),
        new("trading-blotter", TradingRoutes.Blotter, new("成交与持仓", "Blotter"), IconType.Outline.Table, PortalMenuGroups.FrontOffice,
            TradingRoles.ReaderRoles, order: 30),
        // Everyone reads the dealer quote board; only traders and admins get its form (QuoteTraders).
        new("trading-quotes", "/trading/quotes", new("报价板", "Quote board"), IconType.Outline.Stock, PortalMenuGroups.FrontOffice,
            PlatformRoles.All, order: 40),
        new("reference-bonds", "/trading/reference/bonds", new("债券", "Bonds"), IconType.Outline.Fund, PortalMenuGroups.ReferenceData, PlatformRoles.All),
        new("reference-counterparties", "/trading/reference/counterparties", new("交易对手", "Counterparties"), IconType.Outline.Solution,
            PortalMenuGroups.ReferenceData, PlatformRoles.All, order: 10),
        new("reference-books", "/trading/reference/books", new("账簿", "Books"), IconType.Outline.Book, PortalMenuGroups.ReferenceData,
            PlatformRoles.All, order: 20),
        new("reference-import", "/trading/reference/import", new("导入", "Import"), IconType.Outline.Import, PortalMenuGroups.ReferenceData,
            [PlatformRoles.DataSteward, PlatformRoles.Admin], order: 30),
    ];
}
