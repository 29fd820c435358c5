using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks;
using Platform.BuildingBlocks.Actors;
using Renamed = Platform.Host.IntegrationTests.Actors.Renamed;

namespace Platform.Host.IntegrationTests.Actors;

/// Marker for the shard region of <see cref="ProbeCounter"/> in Akka.Hosting's registry.
public sealed class ProbeRegion;

/// Adds the probe entity to a host the way a module adds its own, with the event under its original or renamed type.
public sealed class ProbeRegistration(bool renamed) : IActorRegistration
{
    public void Register(AkkaConfigurationBuilder builder, IServiceProvider services)
    {
        Func<int, string, object> make = renamed
            ? (by, key) => new Renamed.CounterWasIncremented(by, key)
            : (by, key) => new ProbeIncremented(by, key);
        Func<object, (int, string)?> read = renamed
            ? e => e is Renamed.CounterWasIncremented r ? (r.By, r.IdempotencyKey) : null
            : e => e is ProbeIncremented p ? (p.By, p.IdempotencyKey) : null;
        builder.WithShardRegion<ProbeRegion>("probe", id => Props.Create(() => new ProbeCounter(id, make, read)),
            new ShardedMessageExtractor(), new ShardOptions());
    }

    public static Action<IServiceCollection> Into(bool renamed) => services =>
    {
        services.AddSingleton<IActorRegistration>(new ProbeRegistration(renamed));
        services.AddMessageManifest(renamed ? typeof(Renamed.CounterWasIncremented) : typeof(ProbeIncremented));
    };
}
