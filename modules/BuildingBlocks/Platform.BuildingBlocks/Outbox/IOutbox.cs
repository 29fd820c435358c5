using System.Data.Common;

namespace Platform.BuildingBlocks.Outbox;

/// Stores integration events in the same transaction as the change that raised them.
public interface IOutbox
{
    Task EnqueueAsync(IIntegrationEvent @event, DbConnection connection, DbTransaction transaction, CancellationToken ct);

    /// Many events in one go, in order: a projector writing a batch of thousands.
    Task EnqueueAsync(IReadOnlyList<IIntegrationEvent> events, DbConnection connection, DbTransaction transaction, CancellationToken ct);

    /// An event rendered for <see cref="EnqueueAsync(IReadOnlyList{OutboxMessage}, DbConnection, DbTransaction, CancellationToken)"/>,
    /// outside the transaction that stores it.
    OutboxMessage Render(IIntegrationEvent @event);

    /// Events rendered beforehand, in order.
    Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, DbConnection connection, DbTransaction transaction, CancellationToken ct);
}
