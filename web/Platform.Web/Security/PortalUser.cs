using System.Security.Claims;
using Platform.Administration.Contracts;

namespace Platform.Web.Security;

/// The signed-in user as the portal shows them, read from the session cookie's claims.
public sealed record PortalUser(string UserName, string DisplayName, IReadOnlyList<string> Roles)
{
    public static PortalUser From(ClaimsPrincipal principal)
    {
        var userName = principal.Identity?.Name ?? "";
        return new PortalUser(
            userName,
            principal.FindFirstValue(PlatformClaims.DisplayName) is { Length: > 0 } display ? display : userName,
            [.. principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct(StringComparer.Ordinal)]);
    }
}
