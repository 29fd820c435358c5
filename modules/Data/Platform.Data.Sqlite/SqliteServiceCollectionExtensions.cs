using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Data.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    public static IServiceCollection AddSqliteDatabase(this IServiceCollection services, string connectionString)
    {
        var factory = new SqliteConnectionFactory(connectionString) { BackgroundCheckpoints = !SqliteInMemory.Is(connectionString) };
        services.AddSingleton(factory);
        services.AddSingleton<ISqlConnectionFactory>(factory);
        if (factory.BackgroundCheckpoints) services.AddHostedService<SqliteCheckpointService>();
        return services;
    }
}
