using Akka.Actor;
using Akka.Cluster;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Host.Health;

/// Ready when this node is an Up member of its cluster, so sharded entities can be reached.
internal sealed class ActorSystemHealthCheck(ActorSystem system) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var self = Cluster.Get(system).SelfMember;
        return Task.FromResult(self.Status == MemberStatus.Up
            ? HealthCheckResult.Healthy($"cluster member {self.Address} is Up")
            : HealthCheckResult.Unhealthy($"cluster member {self.Address} is {self.Status}"));
    }
}
