using Platform.BuildingBlocks.Actors;

namespace Platform.Host.IntegrationTests.Actors;

/// Commands and answers of the test's sharded counter entity.
public sealed record Increment(string EntityId, int By, string IdempotencyKey) : IShardedMessage;

public sealed record GetCount(string EntityId) : IShardedMessage;

public sealed record CountIs(string EntityId, int Count, int EventsRecovered);
