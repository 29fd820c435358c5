using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Event;
using Akka.Persistence;
using Platform.Workflows.Instances;
using Platform.Workflows.Projection;
using Platform.Workflows.Runtime;
using static Platform.Workflows.Actors.InstanceActorSignals;

namespace Platform.Workflows.Actors;

/// One process instance, event-sourced on the platform journal and reached through Cluster Sharding. It decides
/// nothing itself: <see cref="InstanceRules"/> turns each command into an event or a refusal; the actor journals the
/// event, folds it into its <see cref="ProcessInstance"/>, arms timers and service calls, and has the projection
/// written before it answers. On recovery it reads its events, loads their definition version, folds them and
/// re-arms what is due, so a restart loses no task and no timer.
internal sealed partial class ProcessInstanceActor : ReceivePersistentActor, IWithTimers
{
    public const string PersistencePrefix = "workflow-instance-";

    private readonly string _instanceId;
    private readonly InstanceActorServices _services;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly List<InstanceEvent> _replayed = [];
    private readonly HashSet<string> _callsInFlight = new(StringComparer.Ordinal);
    private readonly HashSet<string> _childrenAsked = new(StringComparer.Ordinal);
    private ProcessInstance? _instance;

    public ProcessInstanceActor(string instanceId, InstanceActorServices services)
    {
        _instanceId = instanceId;
        _services = services;
        PersistenceId = PersistencePrefix + instanceId;
        Recover<InstanceEvent>(e => _replayed.Add(e));
        Recover<RecoveryCompleted>(_ =>
        {
            if (_replayed.Count == 0) return;
            var started = (InstanceStarted)_replayed[0];
            Become(Loading);
            // the version it started on, and every version a migration moved it to
            var versions = _replayed.OfType<InstanceMigrated>().Select(m => m.ToVersion).Prepend(started.DefinitionVersion).Distinct().ToList();
            LoadAll(started.DefinitionKey, versions).PipeTo(Self, success: d => new DefinitionsLoaded(d), failure: ex => new DefinitionFailed(ex));
        });
        Ready();
    }

    public override string PersistenceId { get; }

    /// Instances keep no snapshots (their journals are short), so recovery does not ask the snapshot store.
    public override Recovery Recovery => new(SnapshotSelectionCriteria.None);
    public ITimerScheduler Timers { get; set; } = null!;

    private DateTimeOffset Now => _services.Clock.UtcNow;

    /// Recovered events wait for their definition; commands wait for the fold.
    private void Loading()
    {
        Command<DefinitionsLoaded>(loaded =>
        {
            _instance = new ProcessInstance(loaded.Versions[((InstanceStarted)_replayed[0]).DefinitionVersion]);
            foreach (var e in _replayed)
            {
                if (e is InstanceMigrated m) _instance.Migrate(loaded.Versions[m.ToVersion], m);
                else _instance.Apply(e);
            }
            _replayed.Clear();
            Become(Ready);
            Stash.UnstashAll();
            Arm();
            NotifyParent();
            Project(null);   // the read model may lag the journal if the last run ended between the two
        });
        Command<DefinitionFailed>(failed => throw new InvalidOperationException($"instance {_instanceId}: its definition cannot be loaded", failed.Error));
        CommandAny(_ => Stash.Stash());
    }

    private async Task<IReadOnlyDictionary<int, Definitions.ProcessDefinition>> LoadAll(string key, IReadOnlyList<int> versions)
    {
        var loaded = await Task.WhenAll(versions.Select(v => _services.Definitions.GetAsync(key, v)));
        return versions.Zip(loaded).ToDictionary(p => p.First, p => p.Second);
    }

    /// Journals an accepted event, folds it in, arms what it made due, and projects; the projector answers
    /// <paramref name="replyTo"/> once the read model holds the change.
    private void Accept(InstanceEvent e, IActorRef replyTo)
    {
        var children = e is InstanceCancelled ? _instance!.ChildCalls.ToList() : [];
        Persist(e, _ =>
        {
            _instance!.Apply(e);
            Arm();
            foreach (var child in children)   // a cancelled parent cancels the children it waits for
                _services.Region().Tell(new CancelInstanceCommand(child.ChildInstanceId, _instance.Initiator, "the parent instance was cancelled", AsAdministrator: true),
                    ActorRefs.NoSender);
            NotifyParent();   // before the projection: a finished child wakes its parent as soon as it can
            Project(replyTo);
        });
    }

    /// Applies a migration with its target definition (Apply alone cannot: the definition changes).
    private void AcceptMigration(InstanceMigrated e, Definitions.ProcessDefinition target, IActorRef replyTo)
    {
        Persist(e, _ =>
        {
            _instance!.Migrate(target, e);
            Arm();
            Project(replyTo);
        });
    }

    /// A child that has ended tells its parent; repeated whenever it is woken finished, the parent takes it once.
    private void NotifyParent()
    {
        if (_instance is { Status: InstanceStatus.Completed, ParentInstanceId: { } parent, ParentCallId: { } call })
            _services.Region().Tell(new ChildFinished(parent, call, InstanceViews.VariablesOf(_instance)), ActorRefs.NoSender);   // no answer wanted
    }

    private void Reply(InstanceDecision decision, IActorRef replyTo)
    {
        if (decision.Accepted) Accept(decision.Event!, replyTo);
        else replyTo.Tell(new InstanceRefused(decision.Kind!.Value, decision.Field!, decision.Reason!));
    }

    private void Project(IActorRef? replyTo)
    {
        var answer = replyTo is null || replyTo.IsNobody() ? null : InstanceViews.Of(_instance!);
        _services.Projector.Tell(new InstanceProjector.Project(InstanceProjection.Of(_instance!, LastSequenceNr, Now), answer is null ? null : replyTo, answer));
    }

    private void NotStarted(IActorRef replyTo)
    {
        replyTo.Tell(new InstanceRefused(RejectionKind.NotFound, "instanceId", $"there is no process instance {_instanceId}"));
        Context.Parent.Tell(new Passivate(PoisonPill.Instance));   // nothing to keep in memory for an unknown id
    }
}
