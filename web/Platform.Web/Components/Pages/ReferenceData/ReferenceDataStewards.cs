using Platform.Administration.Contracts;
using Platform.Web.Security;

namespace Platform.Web.Components.Pages.ReferenceData;

/// Who may change reference data: data stewards, and admins. The admin facade does not check roles (the API does, and
/// the portal calls the facade in process), so the pages offer edits to these roles only.
public static class ReferenceDataStewards
{
    /// For <c>[Authorize(Roles = ...)]</c>.
    public const string Roles = PlatformRoles.DataSteward + "," + PlatformRoles.Admin;

    public static bool MayEdit(PortalUser user) =>
        user.Roles.Contains(PlatformRoles.DataSteward) || user.Roles.Contains(PlatformRoles.Admin);
}
