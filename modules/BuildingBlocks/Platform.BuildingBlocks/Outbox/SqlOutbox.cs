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

    public async Task EnqueueAsync(IReadOnlyList<IIntegrationEvent> events, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        if (events.Count == 0) return;
        var now = clock.UtcNow.ToUnixTimeMilliseconds();
        await using var insert = new RepeatedStatement(connection, transaction, Insert, "@EventId", "@Manifest", "@Payload", "@OccurredAt", "@Now");
        foreach (var e in events)
            await insert.ExecuteAsync(ct, e.EventId.ToString("D"), manifests.ManifestOf(e.GetType()),
                JsonSerializer.Serialize(e, e.GetType(), PlatformJsonSerializer.JsonOptions), e.OccurredAt.ToUnixTimeMilliseconds(), now);
        signal.Wake();
    }
}
