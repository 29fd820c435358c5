using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Data.PostgreSql;

public static class PostgreSqlServiceCollectionExtensions
{
    public static IServiceCollection AddPostgreSqlDatabase(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(new PostgreSqlConnectionFactory(connectionString));
        services.AddSingleton<ISqlConnectionFactory>(sp => sp.GetRequiredService<PostgreSqlConnectionFactory>());
        return services;
    }
}
