using System.Data.Common;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Outbox;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Serialization;
using Platform.Testing;
using Xunit;

namespace Platform.BuildingBlocks.IntegrationTests;

public sealed class OutboxTests
{
    [MessageManifest("test.thing-happened.v1")]
    public sealed record ThingHappened(Guid EventId, DateTimeOffset OccurredAt, string What) : IIntegrationEvent;

    /// Records each handling in a table of its own, in the dispatcher's transaction.
    public sealed class RecordingHandler : IIntegrationEventHandler<ThingHappened>
    {
        public static volatile bool Fail;

        public async Task HandleAsync(ThingHappened e, DbConnection connection, DbTransaction transaction, CancellationToken ct)
        {
            if (Fail) throw new InvalidOperationException("consumer is down");
            if (e.What.StartsWith("poison", StringComparison.Ordinal)) throw new InvalidOperationException("cannot handle " + e.What);
            await connection.ExecuteAsync("INSERT INTO test_effects (event_id, what) VALUES (@Id, @What)",
                new { Id = e.EventId.ToString("D"), e.What }, transaction);
        }
    }

    private static async Task<Infrastructure> StartAsync(DatabaseKind kind)
    {
        var infra = await Infrastructure.StartAsync(kind, s => s.AddIntegrationEventHandler<ThingHappened, RecordingHandler>("test.recorder"));
        await using var conn = await infra.Database.Connections.OpenAsync(TestContext.Current.CancellationToken);
        await conn.ExecuteAsync("CREATE TABLE test_effects (event_id VARCHAR(36) NOT NULL, what VARCHAR(100) NOT NULL)");
        return infra;
    }

    private static async Task EnqueueAsync(Infrastructure infra, ThingHappened e, bool commit)
    {
        await using var conn = await infra.Database.Connections.OpenAsync(TestContext.Current.CancellationToken);
        await using var tx = await conn.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await infra.Get<IOutbox>().EnqueueAsync(e, conn, tx, TestContext.Current.CancellationToken);
        if (commit) await tx.CommitAsync(TestContext.Current.CancellationToken); else await tx.RollbackAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<List<string>> EffectsAsync(Infrastructure infra)
    {
        await using var conn = await infra.Database.Connections.OpenAsync(TestContext.Current.CancellationToken);
        return (await conn.QueryAsync<string>("SELECT what FROM test_effects ORDER BY what")).ToList();
    }

    private static ThingHappened New(string what) => new(Guid.NewGuid(), DateTimeOffset.UtcNow, what);

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task A_committed_event_is_delivered_once_and_a_rolled_back_one_never(DatabaseKind kind)
    {
        RecordingHandler.Fail = false;
        await using var infra = await StartAsync(kind);
        await EnqueueAsync(infra, New("kept"), commit: true);
        await EnqueueAsync(infra, New("rolled-back"), commit: false);

        Assert.Equal(1, await infra.Get<OutboxDispatcher>().DispatchBatchAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await infra.Get<OutboxDispatcher>().DispatchBatchAsync(TestContext.Current.CancellationToken));

        Assert.Equal(["kept"], await EffectsAsync(infra));
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Events_rendered_before_the_transaction_are_stored_and_delivered_as_the_events_themselves(DatabaseKind kind)
    {
        RecordingHandler.Fail = false;
        await using var infra = await StartAsync(kind);
        var outbox = infra.Get<IOutbox>();
        var first = New("rendered-1");
        var rendered = new[] { outbox.Render(first), outbox.Render(New("rendered-2")) };
        Assert.Equal(first.EventId.ToString("D"), rendered[0].EventId);
        Assert.Equal("test.thing-happened.v1", rendered[0].Manifest);
        Assert.Equal(first.OccurredAt.ToUnixTimeMilliseconds(), rendered[0].OccurredAtMs);

        await using (var conn = await infra.Database.Connections.OpenAsync(TestContext.Current.CancellationToken))
        await using (var tx = await conn.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            await outbox.EnqueueAsync(rendered, conn, tx, TestContext.Current.CancellationToken);
            await tx.CommitAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(2, await infra.Get<OutboxDispatcher>().DispatchBatchAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["rendered-1", "rendered-2"], await EffectsAsync(infra));
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task Redelivery_after_a_crash_before_marking_does_not_handle_twice(DatabaseKind kind)
    {
        RecordingHandler.Fail = false;
        await using var infra = await StartAsync(kind);
        await EnqueueAsync(infra, New("once"), commit: true);
        await infra.Get<OutboxDispatcher>().DispatchBatchAsync(TestContext.Current.CancellationToken);
        // A crash between the consumer's commit and the dispatched mark leaves the event pending again.
        await using (var conn = await infra.Database.Connections.OpenAsync(TestContext.Current.CancellationToken))
            await conn.ExecuteAsync("UPDATE platform_outbox SET dispatched_at_ms = NULL");

        Assert.Equal(1, await infra.Get<OutboxDispatcher>().DispatchBatchAsync(TestContext.Current.CancellationToken));

        Assert.Equal(["once"], await EffectsAsync(infra));
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task A_failing_consumer_is_retried_later_and_then_succeeds(DatabaseKind kind)
    {
        await using var infra = await StartAsync(kind);
        await EnqueueAsync(infra, New("late"), commit: true);
        RecordingHandler.Fail = true;
        try
        {
            Assert.Equal(0, await infra.Get<OutboxDispatcher>().DispatchBatchAsync(TestContext.Current.CancellationToken));
            await using (var conn = await infra.Database.Connections.OpenAsync(TestContext.Current.CancellationToken))
            {
                var row = await conn.QuerySingleAsync<(long Attempts, string Error)>("SELECT attempts, last_error FROM platform_outbox");
                Assert.Equal(1, row.Attempts);
                Assert.Contains("consumer is down", row.Error);
            }
            Assert.Equal(0, await infra.Get<OutboxDispatcher>().DispatchBatchAsync(TestContext.Current.CancellationToken));   // not due yet
        }
        finally
        {
            RecordingHandler.Fail = false;
        }
        infra.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(1, await infra.Get<OutboxDispatcher>().DispatchBatchAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["late"], await EffectsAsync(infra));
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task A_batch_is_marked_in_one_go_each_event_by_its_own_outcome(DatabaseKind kind)
    {
        RecordingHandler.Fail = false;
        await using var infra = await StartAsync(kind);
        await using (var conn = await infra.Database.Connections.OpenAsync(TestContext.Current.CancellationToken))
        await using (var tx = await conn.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            await infra.Get<IOutbox>().EnqueueAsync([New("a"), New("b"), New("poison-c"), New("d")], conn, tx, TestContext.Current.CancellationToken);
            await tx.CommitAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(3, await infra.Get<OutboxDispatcher>().DispatchBatchAsync(TestContext.Current.CancellationToken));

        Assert.Equal(["a", "b", "d"], await EffectsAsync(infra));
        await using var check = await infra.Database.Connections.OpenAsync(TestContext.Current.CancellationToken);
        var rows = (await check.QueryAsync<(string Payload, long? DispatchedAt, long Attempts, string? Error)>(
            "SELECT payload, dispatched_at_ms, attempts, last_error FROM platform_outbox ORDER BY id")).ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
        Assert.Equal([true, true, false, true], rows.Select(r => r.DispatchedAt is not null));
        Assert.Contains("cannot handle poison-c", rows[2].Error);
        Assert.Equal(0, await infra.Get<OutboxDispatcher>().DispatchBatchAsync(TestContext.Current.CancellationToken));   // the failed one is not due yet
    }
}
