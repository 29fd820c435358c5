using System.Security.Claims;

namespace Platform.Web.Security;

/// The signed-in user as the portal shows them, read from the session cookie's claims.
public sealed record PortalUser(string UserName, string DisplayName, IReadOnlyList<string> Roles)
{
    /// The claim the administration module's credential check puts the display name in.
    public const string DisplayNameClaim = "display_name";

    public static PortalUser From(ClaimsPrincipal principal)
    {
        var userName = principal.Identity?.Name ?? "";
        return new PortalUser(
            userName,
            principal.FindFirstValue(DisplayNameClaim) is { Length: > 0 } display ? display : userName,
            [.. principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct(StringComparer.Ordinal)]);
    }
}
