using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.Workflows.Deployment;

namespace Platform.Workflows;

/// The workflow module's public face: deploying BPMN definitions as versions, and reading them back.
public static class WorkflowsModule
{
    public const string Name = "workflows";

    public static IServiceCollection AddWorkflowsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleMigrations(Name, typeof(WorkflowsModule).Assembly);
        services.AddSingleton<DefinitionStore>();
        services.AddSingleton<IWorkflowDefinitions, WorkflowDefinitions>();
        return services;
    }
}
