using Akka.Hosting;

namespace Platform.BuildingBlocks.Actors;

/// A module's contribution to the one actor system of the host: its shard regions, singletons and actors.
/// Registered with <c>services.AddSingleton&lt;IActorRegistration, …&gt;()</c>; the host applies every one.
public interface IActorRegistration
{
    void Register(AkkaConfigurationBuilder builder, IServiceProvider services);
}
