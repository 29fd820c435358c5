using Akka.Actor;
using Akka.Hosting;
using Akka.Persistence.Query;
using Akka.Streams;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Workflows.Actors;

namespace Platform.Workflows.Projection;

/// Closes the one gap between the journal and the read model: a host killed after an event was journaled but before
/// its projection was written (the command was never answered, yet the event stands). At start and then periodically
/// it reads the events journaled since its checkpoint, finds instances whose row lags their journal, and
/// wakes each to write its projection again; then it moves the checkpoint.
internal sealed partial class ProjectionReconciler(
    ActorSystem system, IRequiredActor<WorkflowInstanceRegion> region, CheckpointStore checkpoints, IOptions<WorkflowOptions> options,
    ILogger<ProjectionReconciler> logger) : BackgroundService
{
    /// The query side of the platform journal (Akka.Persistence.Sql's read journal, configured with the journal).
    private const string ReadJournalId = "akka.persistence.query.journal.sql";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var shards = await region.GetAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var repaired = await ReconcileAsync(shards, stoppingToken);
                if (repaired > 0) LogRepaired(repaired);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
            await Task.Delay(options.Value.ReconcileInterval, stoppingToken);
        }
    }

    /// One pass; returns how many instances had to be projected again.
    public async Task<int> ReconcileAsync(IActorRef shards, CancellationToken ct)
    {
        var from = await checkpoints.LoadAsync(ct);
        var latest = new Dictionary<string, long>(StringComparer.Ordinal);
        var to = from;
        // every event since the checkpoint, not a tag: tagging each event would cost the journal a second row per write
        var journal = PersistenceQuery.Get(system).ReadJournalFor<ICurrentAllEventsQuery>(ReadJournalId);
        await journal.CurrentAllEvents(Offset.Sequence(from)).RunForeach(e =>
        {
            if (e.Offset is Sequence at) to = Math.Max(to, at.Value);
            if (!e.PersistenceId.StartsWith(ProcessInstanceActor.PersistencePrefix, StringComparison.Ordinal)) return;
            var id = e.PersistenceId[ProcessInstanceActor.PersistencePrefix.Length..];
            latest[id] = Math.Max(latest.GetValueOrDefault(id), e.SequenceNr);
        }, system.Materializer()).WaitAsync(ct);
        var projected = await checkpoints.ProjectedAsync(latest.Keys.ToList(), ct);
        var lagging = latest.Where(l => projected.GetValueOrDefault(l.Key, -1) < l.Value).Select(l => l.Key).ToList();
        foreach (var chunk in lagging.Chunk(32))
            await Task.WhenAll(chunk.Select(id => shards.Ask<object>(new WakeInstance(id, Reproject: true), options.Value.AskTimeout, ct)));
        if (to > from) await checkpoints.SaveAsync(to, ct);
        return lagging.Count;
    }

    [LoggerMessage(LogLevel.Warning, "Projected {Count} workflow instances again whose read model lagged their journal (a crash between the two)")]
    private partial void LogRepaired(int count);

    [LoggerMessage(LogLevel.Warning, "Checking the workflow read model against the journal failed; trying again")]
    private partial void LogFailed(Exception ex);
}
