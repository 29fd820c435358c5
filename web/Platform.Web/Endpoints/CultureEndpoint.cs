using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Platform.Web.Localization;

namespace Platform.Web.Endpoints;

/// Switches the portal's language: stores the choice in the standard culture cookie, which the host's request
/// localization reads on every request and when a Blazor circuit starts, then goes back to the page.
internal static class CultureEndpoint
{
    public const string Path = "/culture";

    public static IEndpointConventionBuilder MapCultureEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet(Path + "/{culture}", Switch).AllowAnonymous().ExcludeFromDescription();

    public static string SwitchUrl(string culture, string returnUrl) =>
        $"{Path}/{culture}?returnUrl={Uri.EscapeDataString(LocalUrl.OrRoot(returnUrl))}";

    private static Results<RedirectHttpResult, BadRequest<string>> Switch(string culture, string? returnUrl, HttpContext http)
    {
        if (!PortalCultures.IsSupported(culture))
            return TypedResults.BadRequest($"culture must be one of {string.Join(", ", PortalCultures.Supported)}");
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
            });
        return TypedResults.LocalRedirect(LocalUrl.OrRoot(returnUrl));
    }
}
