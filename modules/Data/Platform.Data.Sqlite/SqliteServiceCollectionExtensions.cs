using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Data.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    public static IServiceCollection AddSqliteDatabase(this IServiceCollection services, string connectionString)
    {
        var factory = new SqliteConnectionFactory(connectionString) { BackgroundCheckpoints = !IsInMemory(connectionString) };
        services.AddSingleton(factory);
        services.AddSingleton<ISqlConnectionFactory>(factory);
        if (factory.BackgroundCheckpoints) services.AddHostedService<SqliteCheckpointService>();
        return services;
    }

    private static bool IsInMemory(string connectionString)
    {
        var b = new SqliteConnectionStringBuilder(connectionString);
        return b.DataSource == ":memory:" || b.Mode == SqliteOpenMode.Memory;
    }
}
