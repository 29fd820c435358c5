using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.BuildingBlocks;
using Platform.BuildingBlocks.Persistence;
using Platform.SharedKernel;
using Platform.Testing;

namespace Platform.BuildingBlocks.IntegrationTests;

/// The building blocks wired the way the host wires them, on a real test database.
internal sealed class Infrastructure : IAsyncDisposable
{
    public required TestDatabase Database { get; init; }
    public required ServiceProvider Services { get; init; }
    public required TestClock Clock { get; init; }

    public static async Task<Infrastructure> StartAsync(DatabaseKind kind, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(kind);
        var services = new ServiceCollection();
        var clock = new TestClock(new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero));
        services.AddSingleton<IClock>(clock);
        services.AddSingleton(database.Connections);
        services.AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddPlatformBuildingBlocks(new ConfigurationBuilder().Build());
        services.AddMessageManifests(typeof(Infrastructure).Assembly);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<MigrationRunner>().RunAsync(Xunit.TestContext.Current.CancellationToken);
        return new Infrastructure { Database = database, Services = provider, Clock = clock };
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
