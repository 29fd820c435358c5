using System.Text;
using Akka.Actor;
using Dapper;
using Microsoft.Data.Sqlite;
using Platform.Data.Sqlite;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Serialization;
using Platform.Host.IntegrationTests.Actors;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// The actor core end to end: events persisted through a sharded entity survive a restart of the whole host on
/// the same database, and survive renaming the event type, because the journal keeps manifests, not CLR names.
public sealed class ShardedEntityRestartTests
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(30);

    private static async Task<CountIs> AskAsync(PlatformFactory host, object message)
    {
        var region = await host.Services.GetRequiredService<IRequiredActor<ProbeRegion>>().GetAsync(TestContext.Current.CancellationToken);
        return await region.Ask<CountIs>(message, AskTimeout, TestContext.Current.CancellationToken);
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task State_persisted_through_a_sharded_entity_is_recovered_after_the_host_restarts(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var first = new PlatformFactory(database, ProbeRegistration.Into(renamed: false)))
        {
            await AskAsync(first, new Increment("book-a", 5, "k1"));
            await AskAsync(first, new Increment("book-a", 7, "k2"));
            var again = await AskAsync(first, new Increment("book-a", 7, "k2"));   // a retried command changes nothing
            Assert.Equal(12, again.Count);
            Assert.Equal(1, (await AskAsync(first, new Increment("book-b", 1, "k1"))).Count);
        }

        await using var second = new PlatformFactory(database, ProbeRegistration.Into(renamed: false));
        var a = await AskAsync(second, new GetCount("book-a"));
        var b = await AskAsync(second, new GetCount("book-b"));

        Assert.Equal((12, 2), (a.Count, a.EventsRecovered));
        Assert.Equal((1, 1), (b.Count, b.EventsRecovered));
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Renaming_and_moving_an_event_type_does_not_break_recovery(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var before = new PlatformFactory(database, ProbeRegistration.Into(renamed: false)))
        {
            await AskAsync(before, new Increment("book-r", 3, "k1"));
            await AskAsync(before, new Increment("book-r", 4, "k2"));
        }

        await using var after = new PlatformFactory(database, ProbeRegistration.Into(renamed: true));
        var recovered = await AskAsync(after, new GetCount("book-r"));
        var next = await AskAsync(after, new Increment("book-r", 10, "k3"));

        Assert.Equal((7, 2), (recovered.Count, recovered.EventsRecovered));
        Assert.Equal(17, next.Count);
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task The_journal_keeps_the_manifest_and_json_never_a_clr_type_name(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var host = new PlatformFactory(database, ProbeRegistration.Into(renamed: false)))
            await AskAsync(host, new Increment("book-j", 2, "k1"));

        await using var conn = await database.JournalConnections.OpenAsync(TestContext.Current.CancellationToken);
        var row = await conn.QuerySingleAsync<(string Manifest, long Serializer, byte[] Message)>(
            "SELECT manifest, identifier, message FROM akka_journal WHERE persistence_id = 'probe-book-j'");

        Assert.Equal("test.probe.incremented.v1", row.Manifest);
        Assert.Equal(PlatformJsonSerializer.Id, row.Serializer);
        Assert.Equal("{\"by\":2,\"idempotencyKey\":\"k1\"}", Encoding.UTF8.GetString(row.Message));
    }

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
