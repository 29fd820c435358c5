using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Data.Dameng;

public static class DamengServiceCollectionExtensions
{
    /// Loads DmProvider.dll from <paramref name="providerPath"/> now, so that a missing or wrong file stops the
    /// start with a message naming the setting rather than failing at the first query.
    public static IServiceCollection AddDamengDatabase(this IServiceCollection services, string connectionString, string? providerPath)
    {
        var provider = DamengProviderLoader.Load(providerPath);
        services.AddSingleton<ISqlConnectionFactory>(new DamengConnectionFactory(provider, connectionString));
        return services;
    }
}
