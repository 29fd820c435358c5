using System.Data.Common;
using LinqToDB.Interceptors;

namespace Platform.Host.Actors;

/// Sets the pragmas of every journal connection linq2db opens: full fsync on commit, so that an acknowledged event
/// survives a crash of the machine, and SQLite's own busy timeout. Without that a writer that finds the file locked by
/// another (a second node's journal, the snapshot store) is retried by Microsoft.Data.Sqlite only every 150 ms, which
/// caps the journal at a few hundred events a second; SQLite's busy handler retries within a millisecond. The first
/// connection also puts the file in WAL mode (kept in the file), so that recovery reads never wait for a write.
internal sealed class SqliteJournalPragmas : IConnectionInterceptor
{
    public const string Pragmas = "PRAGMA busy_timeout=30000; PRAGMA synchronous=FULL";
    private const string PragmasAndWal = Pragmas + "; PRAGMA journal_mode=WAL";
    private int _walSet;

    public void ConnectionOpening(ConnectionEventData eventData, DbConnection connection)
    {
    }

    public Task ConnectionOpeningAsync(ConnectionEventData eventData, DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public void ConnectionOpened(ConnectionEventData eventData, DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Volatile.Read(ref _walSet) == 0 ? PragmasAndWal : Pragmas;
        command.ExecuteNonQuery();
        Volatile.Write(ref _walSet, 1);
    }

    public async Task ConnectionOpenedAsync(ConnectionEventData eventData, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Volatile.Read(ref _walSet) == 0 ? PragmasAndWal : Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Volatile.Write(ref _walSet, 1);
    }
}
