using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Serialization;
using Platform.SharedKernel;

namespace Platform.BuildingBlocks.Outbox;

/// Delivers pending outbox events to their subscribers. Each (consumer, event) is handled in one transaction
/// together with its inbox row, so a crash between handling and marking the event dispatched makes the next
/// run skip that consumer instead of handling it twice. A failing consumer is retried with doubling delays.
public sealed class OutboxDispatcher(
    ISqlConnectionFactory connections,
    MessageManifestRegistry manifests,
    IEnumerable<IntegrationEventSubscription> subscriptions,
    IServiceScopeFactory scopes,
    IClock clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    private readonly ILookup<Type, IntegrationEventSubscription> _byType = subscriptions.ToLookup(s => s.EventType);

    /// A row to deliver; settable properties so Dapper converts column types that differ between databases.
    private sealed class Pending
    {
        public long Id { get; init; }
        public string EventId { get; init; } = "";
        public string Manifest { get; init; } = "";
        public string Payload { get; init; } = "";
        public long Attempts { get; init; }
    }

    /// Delivers one batch of due events; returns how many were completed.
    public async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        var now = clock.UtcNow.ToUnixTimeMilliseconds();
        List<Pending> batch;
        await using (var conn = await connections.OpenAsync(ct))
        {
            batch = (await conn.QueryAsync<Pending>(new CommandDefinition(connections.Dialect.Page("""
                SELECT id AS Id, event_id AS EventId, manifest AS Manifest, payload AS Payload, attempts AS Attempts
                FROM platform_outbox WHERE dispatched_at_ms IS NULL AND next_attempt_at_ms <= @Now ORDER BY id
                """), new { Now = now, Skip = 0, Take = options.Value.BatchSize }, cancellationToken: ct))).ToList();
        }
        var outcomes = new List<(Pending Pending, string? Error)>(batch.Count);
        foreach (var pending in batch)
        {
            ct.ThrowIfCancellationRequested();
            outcomes.Add((pending, await DeliverAsync(pending, ct)));
        }
        if (outcomes.Count > 0) await MarkAsync(outcomes, ct);
        return outcomes.Count(o => o.Error is null);
    }

    /// Hands one event to each of its subscribers; the error, if one failed.
    private async Task<string?> DeliverAsync(Pending pending, CancellationToken ct)
    {
        try
        {
            var type = manifests.TypeOf(pending.Manifest);
            var @event = (IIntegrationEvent)(JsonSerializer.Deserialize(pending.Payload, type, PlatformJsonSerializer.JsonOptions)
                ?? throw new InvalidOperationException($"Outbox event {pending.EventId} has an empty payload."));
            foreach (var subscription in _byType[type])
                await HandleOnceAsync(subscription, @event, pending.EventId, ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Delivering outbox event {EventId} ({Manifest}) failed, attempt {Attempt}", pending.EventId, pending.Manifest, pending.Attempts + 1);
            return ex.Message;
        }
    }

    /// Marks a batch's events dispatched, or due again later, in one transaction: one commit for the batch instead of
    /// one per event. A crash before it leaves them pending; their consumers' inbox rows keep them from being handled twice.
    private async Task MarkAsync(IReadOnlyList<(Pending Pending, string? Error)> outcomes, CancellationToken ct)
    {
        await using var conn = await connections.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var now = clock.UtcNow.ToUnixTimeMilliseconds();
        await using (var dispatched = new RepeatedStatement(conn, tx,
            "UPDATE platform_outbox SET dispatched_at_ms = @Now, attempts = attempts + 1, last_error = NULL WHERE id = @Id", "@Now", "@Id"))
        await using (var failed = new RepeatedStatement(conn, tx,
            "UPDATE platform_outbox SET attempts = attempts + 1, next_attempt_at_ms = @Next, last_error = @Error WHERE id = @Id", "@Next", "@Error", "@Id"))
        {
            foreach (var (pending, error) in outcomes)
            {
                if (error is null)
                {
                    await dispatched.ExecuteAsync(ct, now, pending.Id);
                    continue;
                }
                var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(pending.Attempts, 20L)), options.Value.MaxRetryDelay.TotalSeconds));
                await failed.ExecuteAsync(ct, now + (long)delay.TotalMilliseconds, error.Length > 2000 ? error[..2000] : error, pending.Id);
            }
        }
        await tx.CommitAsync(ct);
    }

    private async Task HandleOnceAsync(IntegrationEventSubscription subscription, IIntegrationEvent @event, string eventId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var conn = await connections.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var seen = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM platform_inbox WHERE consumer = @Consumer AND event_id = @EventId",
            new { subscription.Consumer, EventId = eventId }, tx, cancellationToken: ct));
        if (seen > 0) return;   // handled before a crash kept the event from being marked dispatched
        await subscription.Handle(scope.ServiceProvider, @event, conn, tx, ct);
        await conn.ExecuteAsync(new CommandDefinition(
            "INSERT INTO platform_inbox (consumer, event_id, handled_at_ms) VALUES (@Consumer, @EventId, @Now)",
            new { subscription.Consumer, EventId = eventId, Now = clock.UtcNow.ToUnixTimeMilliseconds() }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
    }
}
