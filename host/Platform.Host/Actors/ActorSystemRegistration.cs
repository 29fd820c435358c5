using Akka.Cluster;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Akka.Persistence.Sql.Hosting;
using Akka.Remote.Hosting;
using Platform.BuildingBlocks.Actors;
using Platform.BuildingBlocks.Serialization;
using Platform.Host.Configuration;

namespace Platform.Host.Actors;

/// The host's one actor system: clustered (a lone node joins itself), sharding-ready, persisting to the SQL journal
/// with the platform's manifest-based serializer, and carrying every module's <see cref="IActorRegistration"/>.
internal static class ActorSystemRegistration
{
    public static IServiceCollection AddPlatformActorSystem(this IServiceCollection services, PlatformSettings settings)
    {
        var journal = JournalTarget.From(settings);
        services.AddSingleton(journal);
        services.AddHostedService<SqliteJournalRelocation>();   // ahead of the actor system's own hosted service
        var akka = settings.Akka;
        services.AddAkka(akka.SystemName, (builder, sp) =>
        {
            var manifests = sp.GetRequiredService<MessageManifestRegistry>();
            builder
                .ConfigureLoggers(l => l.AddLoggerFactory())
                .WithCustomSerializer("platform-json", [typeof(IPersistedMessage)], system => new PlatformJsonSerializer(system, manifests))
                .WithSqlPersistence(j => journal.ConfigureJournal(j), s => journal.ConfigureSnapshots(s))
                .WithRemoting(akka.Hostname, akka.Port)
                .WithClustering(new ClusterOptions { SeedNodes = akka.SeedNodes });
            builder.AddHocon(PlatformDispatchers.Hocon, HoconAddMode.Prepend);
            if (journal.Hocon.Length > 0) builder.AddHocon(journal.Hocon, HoconAddMode.Prepend);
            if (akka.SeedNodes.Length == 0)
            {
                builder.AddStartup((system, _) =>
                {
                    var cluster = Cluster.Get(system);
                    cluster.Join(cluster.SelfAddress);   // single-server default: a cluster of one
                });
            }
            foreach (var registration in sp.GetServices<IActorRegistration>())
                registration.Register(builder, sp);
        });
        return services;
    }
}
