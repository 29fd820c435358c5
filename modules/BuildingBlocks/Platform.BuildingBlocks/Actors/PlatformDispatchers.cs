namespace Platform.BuildingBlocks.Actors;

/// Akka dispatchers the host defines. <see cref="Database"/> runs on two threads of its own, for work that writes to
/// the database synchronously (the SQLite journal's write stream): Microsoft.Data.Sqlite's async calls complete
/// synchronously, so such a write (with its fsync) would otherwise hold a thread-pool thread, and on a small server the
/// pool then queues requests behind it. (The trading projector on it measured no faster: it stays on the default.)
public static class PlatformDispatchers
{
    public const string Database = "platform-database-dispatcher";

    public const string Hocon = $$"""
        {{Database}} {
          type = ForkJoinDispatcher
          throughput = 100
          dedicated-thread-pool { thread-count = 2 }
        }
        """;
}
