using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.BuildingBlocks;
using Platform.BuildingBlocks.Audit;
using Platform.BuildingBlocks.Persistence;
using Platform.Data.Sqlite;
using Platform.SharedKernel;

namespace Platform.Benchmarks;

/// <summary>
/// One audit append is one committed transaction (head update, hash, insert) on the embedded SQLite file in WAL mode
/// with full fsync: the cost every state-changing request pays for the tamper-evident trail.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class AuditAppendBenchmarks
{
    private string _dir = "";
    private SqlAuditWriter _writer = null!;
    private readonly AuditRecord _record = new("trader1", "http.post", "/api/v1/tickets", "201",
        AuditDigest.Of(new { face = 1_000_000m }), AuditDigest.Of(new { face = 2_000_000m }), "route=/api/v1/tickets");

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("platform-bench-").FullName;
        var connections = new SqliteConnectionFactory($"Data Source={Path.Combine(_dir, "bench.db")}");
        var migrations = new MigrationRunner(connections,
            [new ModuleMigrations(BuildingBlocksServiceCollectionExtensions.Module, typeof(SqlAuditWriter).Assembly)],
            NullLogger<MigrationRunner>.Instance);
        migrations.RunAsync(CancellationToken.None).GetAwaiter().GetResult();
        _writer = new SqlAuditWriter(connections, SystemClock.Instance);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    [Benchmark]
    public Task<AuditEntry> AppendOneEntry() => _writer.AppendAsync(_record, CancellationToken.None);
}
