using Microsoft.Extensions.Options;
using Platform.BuildingBlocks.Demo;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Host.Hosting;

/// Before anything is served: migrate the schema, then seed demo data when the demo profile is on.
/// Registered ahead of the actor system and the outbox, so they start on an up-to-date schema.
internal sealed class DatabaseInitializer(
    MigrationRunner migrations,
    ISqlConnectionFactory connections,
    IEnumerable<IDemoDataSeeder> seeders,
    IOptions<DemoOptions> demo,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await migrations.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidOperationException($"Cannot prepare the database ({connections.Describe()}): {ex.Message} " +
                "Check Platform:Database:ConnectionString and that the database server is running.", ex);
        }
        if (demo.Value.Enabled)
            await SeedDemoAsync(seeders, cancellationToken);
        logger.LogInformation("Database ready: {Database}", connections.Describe());
    }

    public static async Task SeedDemoAsync(IEnumerable<IDemoDataSeeder> seeders, CancellationToken ct)
    {
        foreach (var seeder in seeders.OrderBy(s => s.Order))
            await seeder.SeedAsync(ct);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
