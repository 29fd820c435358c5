using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks;
using Platform.BuildingBlocks.Actors;
using Platform.BuildingBlocks.Demo;
using Platform.Workflows.Demo;
using Platform.BuildingBlocks.Persistence;
using Platform.Workflows.Actors;
using Platform.Workflows.Contracts;
using Platform.Workflows.Deployment;
using Platform.Workflows.Handlers;
using Platform.Workflows.Instances;
using Platform.Workflows.Projection;

namespace Platform.Workflows;

/// The workflow module's public face: deploying BPMN definitions as versions, running instances as sharded persistent
/// actors, and the inbox read from their projection.
public static class WorkflowsModule
{
    public const string Name = "workflows";

    public static IServiceCollection AddWorkflowsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkflowOptions>().Bind(configuration.GetSection(WorkflowOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddModuleMigrations(Name, typeof(WorkflowsModule).Assembly);
        services.AddSingleton<DefinitionStore>();
        services.AddSingleton<IWorkflowDefinitions, WorkflowDefinitions>();
        services.AddSingleton(sp => new DefinitionCache(sp.GetRequiredService<DefinitionStore>()));
        services.AddSingleton<ProjectionStore>();
        services.AddSingleton<InstanceReadStore>();
        services.AddSingleton<IServiceTaskHandler, NotifyHandler>();
        services.AddSingleton(sp => new ServiceTaskHandlers(sp.GetServices<IServiceTaskHandler>()));
        services.AddSingleton<IWorkflowInstances, WorkflowInstances>();
        services.AddSingleton<IWorkflowInbox, WorkflowInbox>();
        services.AddSingleton<IActorRegistration, WorkflowActorRegistration>();
        services.AddMessageManifests(typeof(WorkflowsModule).Assembly);
        services.AddSingleton<CheckpointStore>();
        services.AddSingleton<IDemoDataSeeder, WorkflowDemoSeeder>();
        services.AddHostedService<WakePoller>();
        services.AddHostedService<ProjectionReconciler>();
        return services;
    }
}
