using System.Data.Common;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Data.Dameng;

/// Connections through the DmProvider factory loaded at start.
public sealed class DamengConnectionFactory(DbProviderFactory provider, string connectionString) : ISqlConnectionFactory
{
    public ISqlDialect Dialect { get; } = new DamengDialect();

    public string Describe()
    {
        var b = provider.CreateConnectionStringBuilder() ?? new DbConnectionStringBuilder();
        b.ConnectionString = connectionString;
        foreach (var secret in new[] { "password", "pwd", "PASSWORD", "PWD" })
            b.Remove(secret);
        return $"Dameng DM8 {b.ConnectionString}";
    }

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var conn = provider.CreateConnection()
            ?? throw new InvalidOperationException("DmProvider returned no connection object.");
        conn.ConnectionString = connectionString;
        try
        {
            await conn.OpenAsync(ct);
            return conn;
        }
        catch
        {
            await conn.DisposeAsync();
            throw;
        }
    }
}
