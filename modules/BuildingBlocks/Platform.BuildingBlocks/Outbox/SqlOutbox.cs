using System.Data.Common;
using System.Text.Json;
using Dapper;
using Platform.BuildingBlocks.Serialization;
using Platform.SharedKernel;

namespace Platform.BuildingBlocks.Outbox;

/// Writes integration events into <c>platform_outbox</c> within the caller's transaction, and wakes the dispatcher
/// once that transaction may have committed.
public sealed class SqlOutbox(MessageManifestRegistry manifests, IClock clock, OutboxSignal signal) : IOutbox
{
    public async Task EnqueueAsync(IIntegrationEvent @event, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var now = clock.UtcNow.ToUnixTimeMilliseconds();
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO platform_outbox (event_id, manifest, payload, occurred_at_ms, dispatched_at_ms, attempts, next_attempt_at_ms, last_error)
            VALUES (@EventId, @Manifest, @Payload, @OccurredAt, NULL, 0, @Now, NULL)
            """,
            new
            {
                EventId = @event.EventId.ToString("D"),
                Manifest = manifests.ManifestOf(@event.GetType()),
                Payload = JsonSerializer.Serialize(@event, @event.GetType(), PlatformJsonSerializer.JsonOptions),
                OccurredAt = @event.OccurredAt.ToUnixTimeMilliseconds(),
                Now = now,
            }, transaction, cancellationToken: ct));
        signal.Wake();
    }
}
