namespace Platform.Trading.Actors;

/// Marker for the shard region of book entities in Akka.Hosting's registry.
public sealed class BookRegion;
