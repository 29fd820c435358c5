using Akka.Cluster.Sharding;

namespace Platform.BuildingBlocks.Actors;

/// Routes <see cref="IShardedMessage"/>s to their entity; the shard is a stable hash of the entity id, so the
/// same entity lands on the same shard on every node and after every restart.
public sealed class ShardedMessageExtractor(int maxShards = 100) : HashCodeMessageExtractor(maxShards)
{
    public override string? EntityId(object message) => (message as IShardedMessage)?.EntityId;
}
