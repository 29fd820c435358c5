using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Host.Health;

/// Ready when the platform database answers a trivial query.
internal sealed class DatabaseHealthCheck(ISqlConnectionFactory connections) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var conn = await connections.OpenAsync(cancellationToken);
            await conn.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy(connections.Describe());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{connections.Describe()} does not answer: {ex.Message}");
        }
    }
}
