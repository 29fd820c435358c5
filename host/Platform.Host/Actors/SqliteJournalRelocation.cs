using Dapper;
using Microsoft.Data.Sqlite;

namespace Platform.Host.Actors;

/// Before the actor system starts: a platform SQLite file that still holds the event journal (releases before
/// docs/adr/0011 kept it there) has its <c>akka_*</c> tables copied into the journal's own file, checked row for row
/// by count, and only then dropped from the platform file, so no instance, order or approval is left behind.
internal sealed class SqliteJournalRelocation(JournalTarget journal, ILogger<SqliteJournalRelocation> logger) : IHostedService
{
    private const string AkkaTables = "SELECT name, sql FROM {0}.sqlite_master WHERE type = '{1}' AND name LIKE 'akka\\_%' ESCAPE '\\' AND sql IS NOT NULL";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (journal.PlatformSqliteConnectionString is not { } platform) return;
        var platformFile = new SqliteConnectionStringBuilder(platform).DataSource;
        if (!File.Exists(platformFile)) return;
        // unpooled: an attached database must not ride along into the journal's own pooled connections
        await using var conn = new SqliteConnection(new SqliteConnectionStringBuilder(journal.ConnectionString) { Pooling = false }.ToString());
        await conn.OpenAsync(cancellationToken);
        await conn.ExecuteAsync("ATTACH DATABASE @file AS platform", new { file = platformFile });
        var old = (await conn.QueryAsync<(string Name, string Sql)>(string.Format(AkkaTables, "platform", "table"))).ToList();
        if (old.Count == 0) return;
        if ((await conn.QueryAsync<string>(string.Format(AkkaTables, "main", "table"))).Any())
        {
            // an earlier copy committed but its drop did not: the journal file is the truth; leave the old rows for an operator
            logger.LogWarning("{Platform} still holds an event journal ({Tables}); the platform uses the one in {Journal}",
                platformFile, string.Join(", ", old.Select(t => t.Name)), conn.DataSource);
            return;
        }
        await using (var tx = await conn.BeginTransactionAsync(cancellationToken))
        {
            foreach (var (name, sql) in old)
            {
                await conn.ExecuteAsync(sql, transaction: tx);   // the plugin's own DDL, unqualified: it lands in main
                var copied = await conn.ExecuteAsync($"INSERT INTO main.\"{name}\" SELECT * FROM platform.\"{name}\"", transaction: tx);
                var source = await conn.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM platform.\"{name}\"", transaction: tx);
                if (copied != source) throw new InvalidOperationException($"moving {name} to {conn.DataSource}: {copied} of {source} rows copied");
            }
            foreach (var (_, sql) in await conn.QueryAsync<(string Name, string Sql)>(string.Format(AkkaTables, "platform", "index"), transaction: tx))
                await conn.ExecuteAsync(sql, transaction: tx);
            await tx.CommitAsync(cancellationToken);
        }
        foreach (var (name, _) in old)
            await conn.ExecuteAsync($"DROP TABLE platform.\"{name}\"");
        logger.LogInformation("Moved the event journal ({Tables}) from {Platform} to {Journal}", string.Join(", ", old.Select(t => t.Name)), platformFile, conn.DataSource);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
