using System.Text.Json;
using Platform.BuildingBlocks.Serialization;
using Platform.Workflows.Definitions;
using Platform.Workflows.Runtime;
using Xunit;

namespace Platform.Workflows.Tests.Runtime;

/// Drives one instance the way the actor will: decide, then apply the accepted event; keeps the journal (and the
/// definition versions it migrated to) so a test can replay it into a fresh instance.
internal sealed class InstanceDriver
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly List<InstanceEvent> _journal = [];
    private readonly Dictionary<int, ProcessDefinition> _versions = [];

    public ProcessInstance Instance { get; }
    public IReadOnlyList<InstanceEvent> Journal => _journal;

    private InstanceDriver(ProcessDefinition definition)
    {
        Instance = new ProcessInstance(definition);
        _versions[1] = definition;
    }

    public static InstanceDriver Start(string file, string initiator = "trader1", object? variables = null) =>
        StartChild(file, null, null, initiator, variables);

    /// Starts version 1 of the file, as the child of a call activity when a parent is named.
    public static InstanceDriver StartChild(string file, string? parentInstanceId, string? parentCallId, string initiator = "trader1", object? variables = null)
    {
        var driver = new InstanceDriver(BpmnFiles.Deployable(file));
        driver.Accept(InstanceRules.Start(driver.Instance.Definition, 1, "i1", "T-1", initiator, Vars(variables), T0, parentInstanceId, parentCallId));
        return driver;
    }

    public static IReadOnlyDictionary<string, JsonElement> Vars(object? variables) => variables is null
        ? new Dictionary<string, JsonElement>()
        : JsonSerializer.SerializeToElement(variables).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());

    public OpenTask Task(string elementId) => Assert.Single(Instance.Tasks, t => t.ElementId == elementId);

    public OpenTask SignerTask(string elementId, string signer) => Assert.Single(Instance.Tasks, t => t.ElementId == elementId && t.Assignee == signer);

    public InstanceDecision Complete(string elementId, string user, string role, TaskOutcome outcome = TaskOutcome.Approve,
        string? sendBackTo = null, object? variables = null, bool expectAccepted = true) =>
        Decide(Task(elementId), user, role, outcome, sendBackTo, variables, expectAccepted);

    /// A signer of a multi-instance task decides their own task.
    public InstanceDecision Sign(string elementId, string signer, TaskOutcome outcome = TaskOutcome.Approve, bool expectAccepted = true) =>
        Decide(SignerTask(elementId, signer), signer, "Signer", outcome, outcome == TaskOutcome.SendBack ? "Prepare" : null, null, expectAccepted);

    public void Accept(InstanceDecision decision)
    {
        Assert.True(decision.Accepted, decision.Reason);
        _journal.Add(decision.Event!);
        Instance.Apply(decision.Event!);
    }

    /// Plans a move to version <paramref name="version"/> (the file) and, when the plan holds, journals and applies it.
    public MigrationPlan Migrate(string file, int version, IReadOnlyDictionary<string, string>? mapping = null)
    {
        var target = BpmnFiles.Deployable(file);
        var plan = MigrationRules.Plan(Instance, target, version, mapping ?? new Dictionary<string, string>(), "admin1", T0.AddHours(2));
        if (!plan.IsValid) return plan;
        _versions[version] = target;
        _journal.Add(plan.Event!);
        Instance.Migrate(target, plan.Event!);
        return plan;
    }

    /// A fresh instance folded from the journal, the way recovery after a restart must: a migration loads the version
    /// it names and calls Migrate.
    public ProcessInstance Replayed() => Replay(_journal);

    /// The same, with every event first written and read back as the journal stores it (System.Text.Json by manifest).
    public ProcessInstance ReplayedFromJson()
    {
        var registry = new MessageManifestRegistry(_journal.Select(e => e.GetType()));
        var stored = _journal.Select(e => (Manifest: registry.ManifestOf(e.GetType()), Json: JsonSerializer.Serialize(e, e.GetType(), PlatformJsonSerializer.JsonOptions)));
        return Replay(stored.Select(s => (InstanceEvent)JsonSerializer.Deserialize(s.Json, registry.TypeOf(s.Manifest), PlatformJsonSerializer.JsonOptions)!).ToList());
    }

    /// Everything an instance holds, as JSON, to compare a live instance with its replay.
    public static string Snapshot(ProcessInstance i) => JsonSerializer.Serialize(new
    {
        i.Id, i.DefinitionVersion, DefinitionKey = i.Definition.Key, i.Status, i.ParentInstanceId, i.ParentCallId, i.Variables, i.Tasks,
        i.MultiInstances, i.Timers, i.Waits, i.ServiceCalls, i.ChildCalls, i.JoinArrivals, i.History,
    });

    private InstanceDecision Decide(OpenTask task, string user, string role, TaskOutcome outcome, string? sendBackTo, object? variables, bool expectAccepted)
    {
        var decision = InstanceRules.CompleteTask(Instance, task.TaskId, user, [role], outcome, "ok", sendBackTo, Vars(variables), T0.AddHours(1));
        if (expectAccepted) Accept(decision);
        return decision;
    }

    private ProcessInstance Replay(IReadOnlyList<InstanceEvent> journal)
    {
        var replay = new ProcessInstance(_versions[1]);
        foreach (var e in journal)
        {
            if (e is InstanceMigrated migrated) replay.Migrate(_versions[migrated.ToVersion], migrated);
            else replay.Apply(e);
        }
        return replay;
    }
}
