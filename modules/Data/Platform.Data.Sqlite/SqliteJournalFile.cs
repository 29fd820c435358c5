namespace Platform.Data.Sqlite;

/// Where the Akka event journal lives beside an embedded platform database. SQLite lets one writer at a time into a
/// file, so the journal gets a file of its own and its writes never wait for the platform's (docs/adr/0011).
public static class SqliteJournalFile
{
    public const string Suffix = "-events";

    /// <c>data/platform.db</c> → <c>data/platform-events.db</c>.
    public static string For(string platformDataSource) =>
        Path.Combine(Path.GetDirectoryName(platformDataSource) ?? "",
            Path.GetFileNameWithoutExtension(platformDataSource) + Suffix + Path.GetExtension(platformDataSource));
}
