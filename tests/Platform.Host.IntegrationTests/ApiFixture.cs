using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// One host on SQLite shared by the API tests of a class; each test signs in as it needs.
public sealed class ApiFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public PlatformFactory Host { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        Host = new PlatformFactory(Database, settings: new Dictionary<string, string?>
        {
            ["Platform:Security:LockoutDuration"] = "00:10:00",
            ["Platform:Security:SessionRevalidationInterval"] = "00:00:00",
        });
        _ = Host.Services;   // start now, so the first test does not pay for it alone
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
