using Platform.Administration.Contracts;

namespace Platform.Web.Components.Pages.Trading;

/// Who may use the front-office pages, for the pages' [Authorize] and the menu alike. Traders (and admins) enter
/// tickets, as the desk's API allows; the blotter and a ticket's page are also read by those who approve, watch or
/// audit the desk.
public static class TradingRoles
{
    public const string Traders = PlatformRoles.Trader + "," + PlatformRoles.Admin;

    public const string Readers = Traders + "," + PlatformRoles.Approver + "," + PlatformRoles.RiskOfficer + "," + PlatformRoles.Compliance + ","
        + PlatformRoles.Auditor;

    public static IReadOnlyList<string> TraderRoles { get; } = Traders.Split(',');

    public static IReadOnlyList<string> ReaderRoles { get; } = Readers.Split(',');
}
