using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Platform.Administration;
using Platform.Administration.Contracts;

namespace Platform.Host.Hosting;

/// Checks a session cookie against the user as stored now, at most once per <c>Platform:Security:SessionRevalidationInterval</c>: a deactivated
/// or locked user loses the session, and changed roles take effect without signing in again.
internal static class SessionRevalidation
{
    private const string CheckedAt = "session_checked_at";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var name = principal?.Identity?.Name;
        if (principal is null || name is null) return;
        var now = DateTimeOffset.UtcNow;
        var interval = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.SessionRevalidationInterval;
        if (long.TryParse(principal.FindFirstValue(CheckedAt), out var last) && now.ToUnixTimeMilliseconds() - last < interval.TotalMilliseconds)
            return;

        var users = context.HttpContext.RequestServices.GetRequiredService<IUserAdministration>();
        var user = await users.FindAsync(name, context.HttpContext.RequestAborted);
        if (user is null || !user.IsActive || user.IsLockedOut)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        var claims = principal.Claims.Where(c => c.Type != ClaimTypes.Role && c.Type != CheckedAt)
            .Concat(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)))
            .Append(new Claim(CheckedAt, now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var identity = principal.Identity as ClaimsIdentity;
        context.ReplacePrincipal(new ClaimsPrincipal(new ClaimsIdentity(claims, identity?.AuthenticationType, ClaimTypes.Name, ClaimTypes.Role)));
        context.ShouldRenew = true;
    }
}
