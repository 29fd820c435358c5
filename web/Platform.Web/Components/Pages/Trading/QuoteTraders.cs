using Platform.Administration.Contracts;
using Platform.Web.Security;

namespace Platform.Web.Components.Pages.Trading;

/// Who may post on the quote board: traders, and admins, as the quote API allows. The facade leaves roles to its
/// callers and the portal calls it in process, so the page offers the form to these roles only; everyone reads.
public static class QuoteTraders
{
    public static bool MayPost(PortalUser user) =>
        user.Roles.Contains(PlatformRoles.Trader) || user.Roles.Contains(PlatformRoles.Admin);
}
