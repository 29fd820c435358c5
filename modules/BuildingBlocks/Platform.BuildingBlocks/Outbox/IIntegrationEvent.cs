namespace Platform.BuildingBlocks.Outbox;

/// An event one module publishes for others, delivered at least once through the outbox. Consumers must be
/// idempotent on <see cref="EventId"/>; the dispatcher's inbox table already guarantees one handling per consumer.
public interface IIntegrationEvent
{
    Guid EventId { get; }
    DateTimeOffset OccurredAt { get; }
}
