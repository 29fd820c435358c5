using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.BuildingBlocks.Actors;
using Platform.SharedKernel;
using Platform.Workflows.Handlers;
using Platform.Workflows.Instances;
using Platform.Workflows.Projection;

namespace Platform.Workflows.Actors;

/// The workflow module's actors: one projector per node, and the instance shard region.
internal sealed class WorkflowActorRegistration : IActorRegistration
{
    public const string RegionName = "workflow-instance";

    public void Register(AkkaConfigurationBuilder builder, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<WorkflowOptions>>().Value;
        var store = services.GetRequiredService<ProjectionStore>();
        builder.WithActors((system, registry) =>
            registry.Register<InstanceProjector>(system.ActorOf(Props.Create(() => new InstanceProjector(store)), "workflow-projector")));
        builder.WithShardRegion<WorkflowInstanceRegion>(RegionName, (_, registry) =>
        {
            var shared = new InstanceActorServices(services.GetRequiredService<DefinitionCache>(), services.GetRequiredService<ServiceTaskHandlers>(),
                services.GetRequiredService<IClock>(), options.Retry, options.HandlerTimeout, registry.Get<InstanceProjector>(),
                () => registry.Get<WorkflowInstanceRegion>(), options.AskTimeout);
            return id => Props.Create<ProcessInstanceActor>(id, shared);   // not the expression overload: it is parsed for every new entity
        }, new ShardedMessageExtractor(), new ShardOptions());
    }
}
