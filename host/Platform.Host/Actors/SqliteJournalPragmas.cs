using System.Data.Common;
using LinqToDB.Interceptors;

namespace Platform.Host.Actors;

/// Sets SQLite's own busy timeout on every journal connection linq2db opens. Without it a writer that finds the file
/// locked by another (the platform's own writes, the projection) is retried by Microsoft.Data.Sqlite only every 150 ms,
/// which caps the journal at a few hundred events a second; SQLite's busy handler retries within a millisecond.
internal sealed class SqliteJournalPragmas : IConnectionInterceptor
{
    public const string Pragmas = "PRAGMA busy_timeout=30000";

    public void ConnectionOpening(ConnectionEventData eventData, DbConnection connection)
    {
    }

    public Task ConnectionOpeningAsync(ConnectionEventData eventData, DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public void ConnectionOpened(ConnectionEventData eventData, DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public async Task ConnectionOpenedAsync(ConnectionEventData eventData, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
