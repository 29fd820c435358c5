using Platform.Administration;
using Platform.BuildingBlocks;
using Platform.BuildingBlocks.Demo;
using Platform.Host.Actors;
using Platform.Host.Api.Analytics;
using Platform.Host.Api.Workflows;
using Platform.Host.Audit;
using Platform.Host.Configuration;
using Platform.Host.Health;
using Platform.Trading;
using Platform.Web;
using Platform.Workflows;

namespace Platform.Host.Hosting;

/// The host's composition: infrastructure first, then one line per module.
internal static class PlatformComposition
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var settings = PlatformSettings.Read(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddOptions<DemoOptions>().Bind(builder.Configuration.GetSection(DemoOptions.Section));
        services.AddPlatformDatabase(settings.Database);
        services.AddPlatformBuildingBlocks(builder.Configuration);
        services.AddHostedService<DatabaseInitializer>();   // before the actor system and the outbox: they need the schema
        services.AddPlatformActorSystem(settings);
        services.AddOutboxDispatcher();
        services.AddPlatformSecurity(builder.Configuration);
        services.AddPlatformApi();
        services.AddPlatformLocalization();
        services.AddHostedService<StartupBanner>();
        builder.AddPlatformObservability();

        services.AddAdministrationModule(builder.Configuration);
        services.AddWorkflowsModule(builder.Configuration);
        services.AddTradingModule(builder.Configuration);
        services.AddPortal();
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseRequestLocalization();   // first, so that error answers speak the request's language too
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<AuditRequestMiddleware>();

        app.MapHealthEndpoints();
        app.MapOpenApi().AllowAnonymous();
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        app.MapStaticAssets().AllowAnonymous();

        app.MapAdministrationEndpoints();
        app.MapAnalyticsEndpoints();
        app.MapWorkflowEndpoints();
        app.MapWorkflowInstanceEndpoints();
        app.MapTradingEndpoints();
        app.MapPortal();
        return app;
    }
}
