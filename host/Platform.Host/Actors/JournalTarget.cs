using Akka.Persistence.Sql.Hosting;
using LinqToDB;
using Microsoft.Data.Sqlite;
using Platform.BuildingBlocks.Persistence;
using Platform.Data.Sqlite;
using Platform.Host.Configuration;

namespace Platform.Host.Actors;

/// The database and linq2db provider of the Akka event journal and snapshot store: the platform database on PostgreSQL,
/// a file of its own beside the platform's on SQLite (docs/adr/0011), or what <c>Platform:Akka:JournalProvider</c> says.
public sealed record JournalTarget(string ConnectionString, string LinqToDbProvider)
{
    /// On SQLite with the journal in a file of its own: the platform file, where releases before docs/adr/0011 kept it.
    public string? PlatformSqliteConnectionString { get; init; }

    public static JournalTarget From(PlatformSettings settings)
    {
        var kind = settings.Akka.JournalProvider ?? settings.Database.Provider;
        var connectionString = settings.Akka.JournalProvider is null ? settings.Database.ConnectionString : settings.Akka.JournalConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new PlatformConfigurationException(AkkaOptions.Section + ":JournalConnectionString", "a connection string is required when JournalProvider is set");
        return kind switch
        {
            DatabaseKind.Sqlite when settings.Akka.JournalProvider is null && !SqliteInMemory.Is(connectionString) =>
                new JournalTarget(SqliteJournalConnectionString(connectionString, ownFile: true), ProviderName.SQLiteMS)
                {
                    PlatformSqliteConnectionString = connectionString,
                },
            DatabaseKind.Sqlite => new JournalTarget(SqliteJournalConnectionString(connectionString, ownFile: false), ProviderName.SQLiteMS),
            DatabaseKind.PostgreSql => new JournalTarget(connectionString, ProviderName.PostgreSQL15),
            _ => throw new PlatformConfigurationException(AkkaOptions.Section + ":JournalProvider",
                $"the event journal cannot live in {kind}; set JournalProvider to Sqlite or PostgreSql and JournalConnectionString to its database"),
        };
    }

    /// Settings of the journal plugin beyond its defaults, on SQLite: one writer, where a second could only wait for the
    /// file's lock (the default of three halves the journal's throughput there); and reads in plain deferred transactions.
    /// The plugin's default read isolation ("unspecified") makes Microsoft.Data.Sqlite open every read with BEGIN
    /// IMMEDIATE, which takes the write lock: each actor's recovery queued behind the journal's writes. "read-uncommitted"
    /// is what gives a deferred BEGIN; in WAL mode without a shared cache a reader still sees only committed rows.
    /// The journal's write stream runs on the database dispatcher's own threads: Microsoft.Data.Sqlite's async calls complete
    /// synchronously, so each write (with its fsync) held a thread-pool thread, and on two cores the pool then queued
    /// the requests behind it (measured under the order load: 1,450 → 1,800–1,880 orders/s, p99 153 → 99–109 ms).
    /// A multi-row insert binds its values as parameters: by default linq2db writes each event's bytes into the SQL text
    /// as a hex literal, and a batch of a few hundred events made strings of a megabyte, allocated on the large-object
    /// heap, which set off a full collection every few hundred milliseconds under load (order core: 30 → 20 KB
    /// allocated per order, 12 → 2 full collections per 20,000 orders, 135–145 → 114–122 µs per order).
    public string Hocon => LinqToDbProvider != ProviderName.SQLiteMS ? "" : """
        akka.persistence.journal.sql.parallelism = 1
        akka.persistence.journal.sql.prefer-parameters-on-multirow-insert = true
        akka.persistence.journal.sql.materializer-dispatcher = platform-database-dispatcher
        akka.persistence.journal.sql.read-isolation-level = read-uncommitted
        akka.persistence.query.journal.sql.read-isolation-level = read-uncommitted
        akka.persistence.snapshot-store.sql.read-isolation-level = read-uncommitted
        """;

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

    private static string SqliteJournalConnectionString(string connectionString, bool ownFile)
    {
        var b = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30 };
        if (SqliteInMemory.Is(connectionString)) return b.ToString();
        if (ownFile) b.DataSource = SqliteJournalFile.For(b.DataSource);
        if (Path.GetDirectoryName(Path.GetFullPath(b.DataSource)) is { Length: > 0 } dir)
            Directory.CreateDirectory(dir);
        return b.ToString();
    }
}
