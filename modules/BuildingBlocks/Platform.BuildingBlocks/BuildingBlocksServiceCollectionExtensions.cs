using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.BuildingBlocks.Audit;
using Platform.BuildingBlocks.Outbox;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Serialization;
using Platform.SharedKernel;

namespace Platform.BuildingBlocks;

public static class BuildingBlocksServiceCollectionExtensions
{
    public const string Module = "platform";

    /// The shared infrastructure every module builds on: migrations, audit trail, outbox and message manifests.
    /// A database provider (SQLite, PostgreSQL or Dameng) must be added beside it.
    public static IServiceCollection AddPlatformBuildingBlocks(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IClock, SystemClock>();
        services.AddModuleMigrations(Module, typeof(BuildingBlocksServiceCollectionExtensions).Assembly);
        services.TryAddSingleton<MigrationRunner>();
        services.TryAddSingleton<IAuditWriter, SqlAuditWriter>();
        services.TryAddSingleton<AuditChainVerifier>();
        services.TryAddSingleton(sp => MessageManifestRegistry.From(
            sp.GetServices<ManifestAssembly>().Select(a => a.Assembly), sp.GetServices<ManifestType>().Select(t => t.Type)));
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<IOutbox, SqlOutbox>();
        services.TryAddSingleton<OutboxDispatcher>();
        return services;
    }

    /// Runs the outbox dispatcher in the background of the host.
    public static IServiceCollection AddOutboxDispatcher(this IServiceCollection services)
    {
        services.AddHostedService<OutboxDispatcherService>();
        return services;
    }

    public static IServiceCollection AddMessageManifests(this IServiceCollection services, Assembly assembly)
    {
        services.AddSingleton(new ManifestAssembly(assembly));
        return services;
    }

    /// Registers one message type by itself, when its assembly as a whole is not registered.
    public static IServiceCollection AddMessageManifest(this IServiceCollection services, Type type)
    {
        services.AddSingleton(new ManifestType(type));
        return services;
    }

    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services, string? consumer = null)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(IntegrationEventSubscription.For<TEvent, THandler>(consumer));
        return services;
    }
}
