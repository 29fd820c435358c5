using Platform.BuildingBlocks.Persistence;
using Platform.Data.Dameng;
using Platform.Data.PostgreSql;
using Platform.Data.Sqlite;
using Platform.Host.Configuration;

namespace Platform.Host.Hosting;

internal static class DatabaseRegistration
{
    /// Registers the configured provider's connection factory and dialect.
    public static IServiceCollection AddPlatformDatabase(this IServiceCollection services, DatabaseOptions database) => database.Provider switch
    {
        DatabaseKind.Sqlite => services.AddSqliteDatabase(database.ConnectionString),
        DatabaseKind.PostgreSql => services.AddPostgreSqlDatabase(database.ConnectionString),
        DatabaseKind.Dameng => AddDameng(services, database),
        _ => throw new PlatformConfigurationException(DatabaseOptions.Section + ":Provider", $"unknown provider {database.Provider}"),
    };

    private static IServiceCollection AddDameng(IServiceCollection services, DatabaseOptions database)
    {
        try
        {
            return services.AddDamengDatabase(database.ConnectionString, database.DamengProviderPath);
        }
        catch (InvalidOperationException ex)
        {
            throw new PlatformConfigurationException(DamengProviderLoader.Setting, ex.Message);
        }
    }
}
