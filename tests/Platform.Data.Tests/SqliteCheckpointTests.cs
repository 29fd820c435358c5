using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Data.Sqlite;
using Xunit;

namespace Platform.Data.Tests;

/// The host's SQLite connections commit without copying the write-ahead log into the database file; the checkpoint
/// service does that on its own thread. In WAL mode the database file grows only when a checkpoint copies pages into it.
public sealed class SqliteCheckpointTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _dir = Directory.CreateTempSubdirectory("platform-checkpoint-").FullName;

    private async Task<long> WriteAsync(SqliteConnectionFactory connections)
    {
        await using var conn = await connections.OpenAsync(Ct);
        await conn.ExecuteAsync("CREATE TABLE demo_rows (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
        for (var batch = 0; batch < 40; batch++)   // 8 MB: twice SQLite's automatic threshold of 1,000 pages
        {
            await using var tx = await conn.BeginTransactionAsync(Ct);
            await conn.ExecuteAsync("INSERT INTO demo_rows (payload) VALUES (@Payload)",
                Enumerable.Range(0, 100).Select(i => new { Payload = new string((char)('a' + i % 26), 2_000) }), tx);
            await tx.CommitAsync(Ct);
        }
        return new FileInfo(connections.DataSource).Length;
    }

    [Fact]
    public async Task Commits_leave_the_log_alone_and_the_service_copies_it_into_the_database_file()
    {
        var connections = new SqliteConnectionFactory($"Data Source={Path.Combine(_dir, "a.db")}") { BackgroundCheckpoints = true };
        var written = await WriteAsync(connections);
        Assert.True(written < 1_000_000, $"the database file grew to {written} bytes at commit: SQLite checkpointed by itself");

        using var service = new SqliteCheckpointService(connections, NullLogger<SqliteCheckpointService>.Instance);
        await service.StartAsync(Ct);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (new FileInfo(connections.DataSource).Length < 6_000_000 && DateTime.UtcNow < deadline) await Task.Delay(50, Ct);
        await service.StopAsync(Ct);

        Assert.True(new FileInfo(connections.DataSource).Length >= 6_000_000, "the service did not copy the log into the database file");
        await using var conn = await connections.OpenAsync(Ct);
        Assert.Equal(4_000, await conn.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM demo_rows"));
    }

    [Fact]
    public async Task Without_the_service_sqlite_checkpoints_at_commit_as_usual()
    {
        var connections = new SqliteConnectionFactory($"Data Source={Path.Combine(_dir, "b.db")}");
        Assert.True(await WriteAsync(connections) >= 3_000_000);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* a temp folder left behind is harmless */ }
    }
}
