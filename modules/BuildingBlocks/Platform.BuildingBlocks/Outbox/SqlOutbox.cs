using System.Data.Common;
using System.Text.Json;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Serialization;
using Platform.SharedKernel;

namespace Platform.BuildingBlocks.Outbox;

/// Writes integration events into <c>platform_outbox</c> within the caller's transaction, and wakes the dispatcher
/// once that transaction may have committed.
public sealed class SqlOutbox(MessageManifestRegistry manifests, IClock clock, OutboxSignal signal) : IOutbox
{
    private const string Insert = """
        INSERT INTO platform_outbox (event_id, manifest, payload, occurred_at_ms, dispatched_at_ms, attempts, next_attempt_at_ms, last_error)
        VALUES (@EventId, @Manifest, @Payload, @OccurredAt, NULL, 0, @Now, NULL)
        """;

    public Task EnqueueAsync(IIntegrationEvent @event, DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        EnqueueAsync([@event], connection, transaction, ct);

    public Task EnqueueAsync(IReadOnlyList<IIntegrationEvent> events, DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        EnqueueAsync(events.Select(Render).ToList(), connection, transaction, ct);

    public OutboxMessage Render(IIntegrationEvent @event) => new(@event.EventId.ToString("D"), manifests.ManifestOf(@event.GetType()),
        JsonSerializer.Serialize(@event, @event.GetType(), PlatformJsonSerializer.JsonOptions), @event.OccurredAt.ToUnixTimeMilliseconds());

    public async Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        if (messages.Count == 0) return;
        var now = clock.UtcNow.ToUnixTimeMilliseconds();
        await using var insert = new RepeatedStatement(connection, transaction, Insert, "@EventId", "@Manifest", "@Payload", "@OccurredAt", "@Now");
        foreach (var m in messages)
            await insert.ExecuteAsync(ct, m.EventId, m.Manifest, m.Payload, m.OccurredAtMs, now);
        signal.Wake();
    }
}
