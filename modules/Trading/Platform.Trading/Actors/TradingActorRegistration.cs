using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Actors;
using Platform.Trading.Projection;

namespace Platform.Trading.Actors;

/// The trading module's actors: one projector per node, and the shard region of book entities.
internal sealed class TradingActorRegistration : IActorRegistration
{
    public const string RegionName = "trading-book";

    public void Register(AkkaConfigurationBuilder builder, IServiceProvider services)
    {
        var store = services.GetRequiredService<TradingProjectionStore>();
        var changes = services.GetRequiredService<BookChanges>();
        builder.WithActors((system, registry) =>
            registry.Register<TradingProjector>(system.ActorOf(Props.Create(() => new TradingProjector(store, changes)), "trading-projector")));
        builder.WithShardRegion<BookRegion>(RegionName, (_, registry) =>
        {
            var projector = registry.Get<TradingProjector>();
            return id => Props.Create<BookActor>(id, projector);
        }, new ShardedMessageExtractor(), new ShardOptions());
    }
}
