using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.BuildingBlocks.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// Registers the embedded migration scripts of a module; the table prefix of its scripts is its name.
    public static IServiceCollection AddModuleMigrations(this IServiceCollection services, string module, Assembly assembly)
    {
        services.AddSingleton(new ModuleMigrations(module, assembly));
        return services;
    }
}
