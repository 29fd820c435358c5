using System.Data.Common;

namespace Platform.BuildingBlocks.Outbox;

/// Stores integration events in the same transaction as the change that raised them.
public interface IOutbox
{
    Task EnqueueAsync(IIntegrationEvent @event, DbConnection connection, DbTransaction transaction, CancellationToken ct);

    /// Many events in one go, in order: a projector writing a batch of thousands.
    Task EnqueueAsync(IReadOnlyList<IIntegrationEvent> events, DbConnection connection, DbTransaction transaction, CancellationToken ct);
}
