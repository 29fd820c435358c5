using Platform.Web.Endpoints;

namespace Platform.Web;

/// The shell's fixed addresses, for code that navigates; the pages' own @page directives must spell them the same.
public static class PortalRoutes
{
    public const string Home = "/";
    public const string SignIn = "/account/login";
    public const string SignOut = SignOutEndpoint.Path;
    public const string AccessDenied = "/account/access-denied";

    public static string SignInReturningTo(string returnUrl) =>
        $"{SignIn}?returnUrl={Uri.EscapeDataString(LocalUrl.OrRoot(returnUrl))}";
}
