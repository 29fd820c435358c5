using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Platform.Host.Health;

internal static class HealthEndpoints
{
    /// /health/live: the process answers. /health/ready: the database and the actor system do too.
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }
}
