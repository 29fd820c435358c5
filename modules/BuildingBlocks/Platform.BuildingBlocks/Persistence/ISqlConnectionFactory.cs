using System.Data.Common;

namespace Platform.BuildingBlocks.Persistence;

/// Opens connections to the platform database. Each provider project (SQLite, PostgreSQL, Dameng) supplies one,
/// already configured (e.g. SQLite in WAL mode with a busy timeout), together with its dialect.
public interface ISqlConnectionFactory
{
    ISqlDialect Dialect { get; }

    /// Where the data lives, with any password removed: for logs and error messages.
    string Describe();

    Task<DbConnection> OpenAsync(CancellationToken ct);
}
