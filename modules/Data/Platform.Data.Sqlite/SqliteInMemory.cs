using Microsoft.Data.Sqlite;

namespace Platform.Data.Sqlite;

/// Whether a connection string names an in-memory database: it has no file, so no journal file beside it and no
/// write-ahead log to checkpoint.
public static class SqliteInMemory
{
    public static bool Is(string connectionString)
    {
        var b = new SqliteConnectionStringBuilder(connectionString);
        return b.DataSource == ":memory:" || b.Mode == SqliteOpenMode.Memory;
    }
}
