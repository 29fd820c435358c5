using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.Web.Menu;

/// How a module's web part joins the portal: one call with its menu contributor.
public static class PortalMenuServiceCollectionExtensions
{
    /// Adds the contributor's menu entries, and the routable pages of the contributor's assembly to the router.
    public static IServiceCollection AddPortalContributor<TContributor>(this IServiceCollection services)
        where TContributor : class, IPortalMenuContributor
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPortalMenuContributor, TContributor>());
        // Several contributors may share an assembly; readers take each assembly once.
        services.AddSingleton(new PortalPageAssembly(typeof(TContributor).Assembly));
        return services;
    }
}
