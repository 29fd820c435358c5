using Akka.Actor;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.Data.Sqlite;
using Platform.Host.IntegrationTests.Actors;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Xunit;
using static Platform.Host.IntegrationTests.ShardedEntityRestartTests;

namespace Platform.Host.IntegrationTests;

/// On SQLite the event journal lives in a file of its own beside the platform's (docs/adr/0011): in WAL mode, read
/// without the write lock, and moved there with every event from the platform file where earlier releases kept it.
public sealed class SqliteJournalFileTests
{
    [Fact]
    public async Task On_sqlite_the_journal_writes_to_a_file_of_its_own_in_wal_mode()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using (var host = new PlatformFactory(database, ProbeRegistration.Into(renamed: false)))
            await AskAsync(host, new Increment("book-w", 1, "k1"));

        // a plain connection: the test's own factory would switch the file to WAL itself
        await using var journal = new SqliteConnection($"Data Source={((SqliteConnectionFactory)database.JournalConnections).DataSource}");
        await journal.OpenAsync(ct);
        await using var platform = await database.Connections.OpenAsync(ct);
        Assert.Equal(1, await journal.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM akka_journal WHERE persistence_id = 'probe-book-w'"));
        Assert.Equal("wal", await journal.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(0, await platform.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'akka_journal'"));
    }

    [Fact]
    public async Task A_journal_kept_in_the_platform_file_by_an_earlier_release_moves_to_its_own_file_with_every_event()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var earlierLayout = new Dictionary<string, string?>
        {
            ["Platform:Akka:JournalProvider"] = "Sqlite",
            ["Platform:Akka:JournalConnectionString"] = database.ConnectionString,
        };
        await using (var before = new PlatformFactory(database, ProbeRegistration.Into(renamed: false), earlierLayout))
        {
            await AskAsync(before, new Increment("book-m", 3, "k1"));
            await AskAsync(before, new Increment("book-m", 4, "k2"));
        }

        await using (var after = new PlatformFactory(database, ProbeRegistration.Into(renamed: false)))
        {
            var recovered = await AskAsync(after, new GetCount("book-m"));
            Assert.Equal((7, 2), (recovered.Count, recovered.EventsRecovered));
        }
        await using var platform = await database.Connections.OpenAsync(ct);
        await using var journal = await database.JournalConnections.OpenAsync(ct);
        Assert.Equal(0, await platform.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'akka%'"));
        Assert.Equal(2, await journal.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM akka_journal WHERE persistence_id = 'probe-book-m'"));
    }

    [Fact]
    public async Task On_sqlite_an_actor_recovers_while_another_writer_holds_the_journal_files_write_lock()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using (var before = new PlatformFactory(database, ProbeRegistration.Into(renamed: false)))
            await AskAsync(before, new Increment("book-l", 5, "k1"));
        await using var host = new PlatformFactory(database, ProbeRegistration.Into(renamed: false));
        await AskAsync(host, new Increment("book-other", 1, "k1"));   // the journal has started and checked its tables

        await using var writer = new SqliteConnection($"Data Source={((SqliteConnectionFactory)database.JournalConnections).DataSource};Pooling=false");
        await writer.OpenAsync(ct);
        await using var lockHeld = await writer.BeginTransactionAsync(ct);   // BEGIN IMMEDIATE: the file's one write lock
        // the counter itself, without its shard: a new shard's allocation would be a write
        Func<int, string, object> make = (by, key) => new ProbeIncremented(by, key);
        Func<object, (int, string)?> read = e => e is ProbeIncremented p ? (p.By, p.IdempotencyKey) : null;
        var counter = host.Services.GetRequiredService<ActorSystem>().ActorOf(Props.Create(() => new ProbeCounter("book-l", make, read)));
        var recovered = await counter.Ask<CountIs>(new GetCount("book-l"), TimeSpan.FromSeconds(5), ct);

        Assert.Equal((5, 1), (recovered.Count, recovered.EventsRecovered));
    }
}
