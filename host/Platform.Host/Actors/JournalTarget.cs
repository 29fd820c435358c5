using Akka.Persistence.Sql.Hosting;
using LinqToDB;
using Microsoft.Data.Sqlite;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.Configuration;

namespace Platform.Host.Actors;

/// The database and linq2db provider of the Akka event journal and snapshot store: the platform database unless
/// <c>Platform:Akka:JournalProvider</c> says otherwise.
public sealed record JournalTarget(string ConnectionString, string LinqToDbProvider)
{
    public static JournalTarget From(PlatformSettings settings)
    {
        var kind = settings.Akka.JournalProvider ?? settings.Database.Provider;
        var connectionString = settings.Akka.JournalProvider is null ? settings.Database.ConnectionString : settings.Akka.JournalConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new PlatformConfigurationException(AkkaOptions.Section + ":JournalConnectionString", "a connection string is required when JournalProvider is set");
        return kind switch
        {
            DatabaseKind.Sqlite => new JournalTarget(SqliteJournalConnectionString(connectionString), ProviderName.SQLiteMS),
            DatabaseKind.PostgreSql => new JournalTarget(connectionString, ProviderName.PostgreSQL15),
            _ => throw new PlatformConfigurationException(AkkaOptions.Section + ":JournalProvider",
                $"the event journal cannot live in {kind}; set JournalProvider to Sqlite or PostgreSql and JournalConnectionString to its database"),
        };
    }

    /// The journal's tables carry the prefix <c>akka_</c>, like every table carries its owner's name.
    public void ConfigureJournal(SqlJournalOptions journal)
    {
        journal.ConnectionString = ConnectionString;
        journal.ProviderName = LinqToDbProvider;
        journal.AutoInitialize = true;
        if (LinqToDbProvider == ProviderName.SQLiteMS)
            journal.DataOptions = new DataOptions().UseConnectionString(LinqToDbProvider, ConnectionString).UseInterceptor(new SqliteJournalPragmas());
        var database = JournalDatabaseOptions.Default;
        database.JournalTable!.TableName = "akka_journal";
        database.MetadataTable!.TableName = "akka_journal_metadata";
        database.TagTable!.TableName = "akka_journal_tags";
        journal.DatabaseOptions = database;
    }

    public void ConfigureSnapshots(SqlSnapshotOptions snapshots)
    {
        snapshots.ConnectionString = ConnectionString;
        snapshots.ProviderName = LinqToDbProvider;
        snapshots.AutoInitialize = true;
        if (LinqToDbProvider == ProviderName.SQLiteMS)
            snapshots.DataOptions = new DataOptions().UseConnectionString(LinqToDbProvider, ConnectionString).UseInterceptor(new SqliteJournalPragmas());
        var database = SnapshotDatabaseOptions.Default;
        database.SnapshotTable!.TableName = "akka_snapshot";
        snapshots.DatabaseOptions = database;
    }

    /// The journal shares the SQLite file; its writers wait for the platform's instead of failing at once.
    private static string SqliteJournalConnectionString(string connectionString)
    {
        var b = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30 };
        if (b.DataSource != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(b.DataSource)) is { Length: > 0 } dir)
            Directory.CreateDirectory(dir);
        return b.ToString();
    }
}
