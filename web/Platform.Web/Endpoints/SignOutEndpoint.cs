using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Platform.Web.Endpoints;

/// Ends the portal session. A POST with an antiforgery token, so that a link or image on another site cannot
/// sign a user out.
internal static class SignOutEndpoint
{
    public const string Path = "/account/logout";

    public static IEndpointConventionBuilder MapSignOutEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, SignOutAsync).RequireAuthorization().ExcludeFromDescription();

    private static async Task<Results<RedirectHttpResult, BadRequest>> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        // The antiforgery middleware only validates endpoints that bind forms, so this one checks the token itself.
        if (!await antiforgery.IsRequestValidAsync(http))
            return TypedResults.BadRequest();
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect(PortalRoutes.SignIn);
    }
}
