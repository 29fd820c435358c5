using System.Data.Common;

namespace Platform.BuildingBlocks.Outbox;

/// Handles one kind of integration event inside the transaction that also records it as handled, so a crash
/// either keeps both or neither. Use the given connection and transaction for the consumer's own writes.
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent @event, DbConnection connection, DbTransaction transaction, CancellationToken ct);
}
