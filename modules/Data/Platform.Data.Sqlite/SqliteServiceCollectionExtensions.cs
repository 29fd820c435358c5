using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Data.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    public static IServiceCollection AddSqliteDatabase(this IServiceCollection services, string connectionString)
    {
        var factory = new SqliteConnectionFactory(connectionString);
        services.AddSingleton(factory);
        services.AddSingleton<ISqlConnectionFactory>(factory);
        return services;
    }
}
