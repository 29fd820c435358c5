namespace Platform.BuildingBlocks.Actors;

/// A message addressed to one sharded entity (a book, a settlement account, a process instance).
public interface IShardedMessage
{
    string EntityId { get; }
}
