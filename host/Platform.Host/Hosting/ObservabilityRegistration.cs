using OpenTelemetry.Metrics;
using Platform.Host.Health;
using Serilog;

namespace Platform.Host.Hosting;

internal static class ObservabilityRegistration
{
    /// Serilog structured logs (settings from the Serilog section), OpenTelemetry metrics scraped at /metrics,
    /// and the health checks behind /health/ready.
    public static WebApplicationBuilder AddPlatformObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((sp, log) => log
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}"));
        builder.Services.AddOpenTelemetry().WithMetrics(m => m
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter("Platform.*")
            .AddPrometheusExporter());
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<ActorSystemHealthCheck>("actor-system", tags: ["ready"]);
        return builder;
    }
}
