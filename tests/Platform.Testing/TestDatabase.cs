using Npgsql;
using Platform.BuildingBlocks.Persistence;
using Platform.Data.PostgreSql;
using Platform.Data.Sqlite;
using Xunit;

namespace Platform.Testing;

/// A real, empty database for one test: a SQLite file in a temporary folder, or a fresh database on the
/// throwaway PostgreSQL cluster that <c>./build.sh --target=Test</c> starts (its address in PLATFORM_TEST_POSTGRES).
/// Dropped again on dispose.
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "PLATFORM_TEST_POSTGRES";

    private readonly string? _sqliteDir;
    private readonly string? _pgAdmin;
    private readonly string? _pgName;

    public DatabaseKind Kind { get; }
    public string ConnectionString { get; }
    public ISqlConnectionFactory Connections { get; }

    /// The database the host's event journal writes to: a file of its own beside SQLite's, PostgreSQL's own database.
    public ISqlConnectionFactory JournalConnections { get; }

    private TestDatabase(DatabaseKind kind, string connectionString, ISqlConnectionFactory connections, ISqlConnectionFactory journal,
        string? sqliteDir, string? pgAdmin, string? pgName)
    {
        (Kind, ConnectionString, Connections, JournalConnections, _sqliteDir, _pgAdmin, _pgName) =
            (kind, connectionString, connections, journal, sqliteDir, pgAdmin, pgName);
    }

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        switch (kind)
        {
            case DatabaseKind.Sqlite:
            {
                var dir = Directory.CreateTempSubdirectory("platform-test-").FullName;
                var file = Path.Combine(dir, "platform.db");
                var cs = $"Data Source={file}";
                return new TestDatabase(kind, cs, new SqliteConnectionFactory(cs), new SqliteConnectionFactory($"Data Source={SqliteJournalFile.For(file)}"),
                    dir, null, null);
            }
            case DatabaseKind.PostgreSql:
            {
                var admin = Environment.GetEnvironmentVariable(PostgresVariable);
                if (string.IsNullOrWhiteSpace(admin))
                    Assert.Skip($"{PostgresVariable} is not set: PostgreSQL tests run under ./build.sh --target=Test, which starts a throwaway server.");
                var name = "platform_test_" + Guid.NewGuid().ToString("N")[..12];
                await using (var conn = new NpgsqlConnection(admin))
                {
                    await conn.OpenAsync();
                    await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);   // name is ours, not input
                    await cmd.ExecuteNonQueryAsync();
                }
                var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
                var connections = new PostgreSqlConnectionFactory(cs);
                return new TestDatabase(kind, cs, connections, connections, null, admin, name);
            }
            default:
                throw new NotSupportedException($"No test database for {kind}: it cannot run here.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Connections is IAsyncDisposable d) await d.DisposeAsync();
        if (!ReferenceEquals(JournalConnections, Connections) && JournalConnections is IAsyncDisposable j) await j.DisposeAsync();
        if (_sqliteDir is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_sqliteDir, true); } catch (IOException) { }
        }
        if (_pgAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_pgAdmin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgName} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
