using System.Text;
using Akka.Actor;
using Dapper;
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

    internal static async Task<CountIs> AskAsync(PlatformFactory host, object message)
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
}
