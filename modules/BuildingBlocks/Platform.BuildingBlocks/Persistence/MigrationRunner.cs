using Dapper;
using Microsoft.Extensions.Logging;

namespace Platform.BuildingBlocks.Persistence;

/// Brings the database schema up to date: every module's scripts in version order, each in its own transaction,
/// recorded in <c>platform_schema_migrations</c> with its checksum. Safe to run again and from several nodes at
/// once; a script changed after it was applied stops the run with a message naming it.
public sealed class MigrationRunner(ISqlConnectionFactory connections, IEnumerable<ModuleMigrations> modules, ILogger<MigrationRunner> logger)
{
    private const string HistoryTable = """
        CREATE TABLE IF NOT EXISTS platform_schema_migrations (
            module VARCHAR(64) NOT NULL,
            version INTEGER NOT NULL,
            name VARCHAR(200) NOT NULL,
            checksum VARCHAR(64) NOT NULL,
            applied_at_ms BIGINT NOT NULL,
            PRIMARY KEY (module, version))
        """;

    /// Applies what is missing and returns the scripts it applied.
    public async Task<IReadOnlyList<MigrationScript>> RunAsync(CancellationToken ct)
    {
        var applied = new List<MigrationScript>();
        await using var conn = await connections.OpenAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(HistoryTable, cancellationToken: ct));
        foreach (var module in modules.DistinctBy(m => m.Module))
        {
            foreach (var script in module.Load())
            {
                await using var tx = await conn.BeginTransactionAsync(ct);
                if (connections.Dialect.MigrationLockStatement is { } lockSql)
                    await conn.ExecuteAsync(new CommandDefinition(lockSql, transaction: tx, cancellationToken: ct));
                var existing = await conn.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                    "SELECT checksum FROM platform_schema_migrations WHERE module = @Module AND version = @Version",
                    new { script.Module, script.Version }, tx, cancellationToken: ct));
                if (existing is not null)
                {
                    if (existing != script.Checksum)
                        throw new InvalidOperationException(
                            $"Migration V{script.Version:D4}__{script.Name} of module '{script.Module}' was changed after it was applied. " +
                            "Applied migrations are immutable: add a new migration instead.");
                    await tx.RollbackAsync(ct);
                    continue;
                }
                foreach (var statement in script.Statements(connections.Dialect))
                    await conn.ExecuteAsync(new CommandDefinition(statement, transaction: tx, cancellationToken: ct));
                await conn.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO platform_schema_migrations (module, version, name, checksum, applied_at_ms) VALUES (@Module, @Version, @Name, @Checksum, @At)",
                    new { script.Module, script.Version, script.Name, script.Checksum, At = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }, tx, cancellationToken: ct));
                await tx.CommitAsync(ct);
                logger.LogInformation("Applied migration {Module} V{Version:D4} {Name}", script.Module, script.Version, script.Name);
                applied.Add(script);
            }
        }
        return applied;
    }
}
