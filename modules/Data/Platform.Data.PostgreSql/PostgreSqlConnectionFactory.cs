using System.Data.Common;
using Npgsql;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Data.PostgreSql;

/// Connections from one pooled Npgsql data source.
public sealed class PostgreSqlConnectionFactory(string connectionString) : ISqlConnectionFactory, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public ISqlDialect Dialect { get; } = new PostgreSqlDialect();

    public string Describe()
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {b.Host}:{b.Port}/{b.Database} as {b.Username}";
    }

    public async Task<DbConnection> OpenAsync(CancellationToken ct) => await _dataSource.OpenConnectionAsync(ct);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
