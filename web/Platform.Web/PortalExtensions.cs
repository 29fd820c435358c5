using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Platform.Web.Components;
using Platform.Web.Endpoints;
using Platform.Web.Localization;
using Platform.Web.Menu;

namespace Platform.Web;

/// The portal's public face for the host: one call to register it, one to map it.
public static class PortalExtensions
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddAntDesign();
        services.AddCascadingAuthenticationState();
        services.AddSingleton<PortalText>();
        services.AddSingleton<PortalMenu>();
        services.AddPortalContributor<ShellMenuContributor>();
        services.AddPortalContributor<WorkflowMenuContributor>();
        services.AddPortalContributor<TradingMenuContributor>();
        return services;
    }

    /// Maps the pages (interactive server rendering, except the static sign-in page), the language switch and sign-out.
    /// Call after the host's authentication, authorization, request localization and antiforgery middleware.
    public static WebApplication MapPortal(this WebApplication app)
    {
        var pages = PortalPageAssembly.Additional(app.Services.GetServices<PortalPageAssembly>());
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(pages);
        app.MapCultureEndpoint();
        app.MapSignOutEndpoint();
        return app;
    }
}
