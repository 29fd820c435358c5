using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Data.Sqlite;

/// Connections to the embedded SQLite file, in WAL mode (readers never block the writer) with foreign keys on
/// and full fsync on commit, so that a committed record survives a crash of the process or the machine.
public sealed class SqliteConnectionFactory : ISqlConnectionFactory
{
    private readonly string _connectionString;
    private static readonly object Configured = new();
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();
    private int _walChecked;

    public SqliteConnectionFactory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
            throw new ArgumentException("The SQLite connection string needs a Data Source (a file path).", nameof(connectionString));
        if (builder.DataSource != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { Length: > 0 } dir)
            Directory.CreateDirectory(dir);
        builder.Pooling = true;
        builder.ForeignKeys = true;
        builder.DefaultTimeout = 30;   // seconds a statement waits for a busy database before failing
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    public string DataSource { get; }

    public string ConnectionString => _connectionString;

    /// Connections leave checkpoints to <see cref="SqliteCheckpointService"/>: set by the host, which runs it. Without it
    /// (tools, tests) SQLite checkpoints by itself at commit.
    public bool BackgroundCheckpoints { get; init; }

    public ISqlDialect Dialect { get; } = new SqliteDialect();

    public string Describe() => $"SQLite file {Path.GetFullPath(DataSource)}";

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var conn = new SqliteConnection(_connectionString);
        try
        {
            await conn.OpenAsync(ct);
            if (Interlocked.Exchange(ref _walChecked, 1) == 0)
            {
                await using var wal = conn.CreateCommand();
                wal.CommandText = "PRAGMA journal_mode=WAL";   // persistent in the file: once per process is enough
                await wal.ExecuteNonQueryAsync(ct);
            }
            // a pooled connection keeps its settings: set them once per native connection, not at every open
            if (conn.Handle is { } handle && _configured.TryGetValue(handle, out _)) return conn;
            await using var cmd = conn.CreateCommand();
            // busy_timeout: SQLite's own busy handler waits for another writer within a millisecond; without it
            // Microsoft.Data.Sqlite retries a locked statement only every 150 ms.
            cmd.CommandText = BackgroundCheckpoints
                ? "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint=0"
                : "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000";
            await cmd.ExecuteNonQueryAsync(ct);
            if (conn.Handle is { } opened) _configured.AddOrUpdate(opened, Configured);
            return conn;
        }
        catch
        {
            await conn.DisposeAsync();
            throw;
        }
    }
}
