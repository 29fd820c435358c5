using System.Text.Json;
using Platform.Workflows.Definitions;
using Platform.Workflows.Runtime;
using Xunit;

namespace Platform.Workflows.Tests.Runtime;

/// Drives one instance the way the actor will: decide, then apply the accepted event; keeps the journal so a test can
/// replay it into a fresh instance.
internal sealed class InstanceDriver
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly List<InstanceEvent> _journal = [];

    public ProcessInstance Instance { get; }
    public IReadOnlyList<InstanceEvent> Journal => _journal;

    private InstanceDriver(ProcessDefinition definition) => Instance = new ProcessInstance(definition);

    public static InstanceDriver Start(string file, string initiator = "trader1", object? variables = null)
    {
        var driver = new InstanceDriver(BpmnFiles.Deployable(file));
        driver.Accept(InstanceRules.Start(driver.Instance.Definition, "i1", "T-1", initiator, Vars(variables), T0));
        return driver;
    }

    public static IReadOnlyDictionary<string, JsonElement> Vars(object? variables) => variables is null
        ? new Dictionary<string, JsonElement>()
        : JsonSerializer.SerializeToElement(variables).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());

    public OpenTask Task(string elementId) => Assert.Single(Instance.Tasks, t => t.ElementId == elementId);

    public InstanceDecision Complete(string elementId, string user, string role, TaskOutcome outcome = TaskOutcome.Approve,
        string? sendBackTo = null, object? variables = null, bool expectAccepted = true)
    {
        var decision = InstanceRules.CompleteTask(Instance, Task(elementId).TaskId, user, [role], outcome, "ok", sendBackTo, Vars(variables), T0.AddHours(1));
        if (expectAccepted) Accept(decision);
        return decision;
    }

    public void Accept(InstanceDecision decision)
    {
        Assert.True(decision.Accepted, decision.Reason);
        _journal.Add(decision.Event!);
        Instance.Apply(decision.Event!);
    }

    /// A fresh instance folded from the journal: what recovery after a restart sees.
    public ProcessInstance Replayed()
    {
        var replay = new ProcessInstance(Instance.Definition);
        foreach (var e in _journal) replay.Apply(e);
        return replay;
    }
}
