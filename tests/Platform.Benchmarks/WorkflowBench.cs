extern alias host;
using Microsoft.Extensions.DependencyInjection;
using Platform.Workflows.Contracts;

namespace Platform.Benchmarks;

/// The real host on SQLite with one deployed approval process (one user task for the Approver role), and helpers to
/// start and complete many instances through the engine's facade with a fixed number in flight.
internal sealed class WorkflowBench : IDisposable
{
    public const string ProcessKey = "BenchApproval";
    private const string Bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pf="http://platform.ficc/schema/bpmn" id="D" targetNamespace="http://platform.ficc/bpmn">
          <bpmn:process id="BenchApproval" name="Benchmark approval" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Approve" name="Approve" pf:candidateRoles="Approver" pf:outcomes="approve,reject" pf:dueIn="PT4H" />
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Approve" />
            <bpmn:sequenceFlow id="F2" sourceRef="Approve" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static readonly WorkflowActor Trader = new("trader1", ["Trader"]);
    public static readonly WorkflowActor Approver = new("approver1", ["Approver"]);

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("platform-bench-wf-").FullName;
    private int _counter;

    public WorkflowBench()
    {
        Host = new LoopbackPlatformHost(_dataDirectory);
        Address = Host.Start();
        Instances = Host.Services.GetRequiredService<IWorkflowInstances>();
        Inbox = Host.Services.GetRequiredService<IWorkflowInbox>();
        Host.Services.GetRequiredService<IWorkflowDefinitions>().DeployAsync(Bpmn, "designer1", CancellationToken.None).GetAwaiter().GetResult();
    }

    public LoopbackPlatformHost Host { get; }
    public Uri Address { get; }
    public IWorkflowInstances Instances { get; }
    public IWorkflowInbox Inbox { get; }

    /// Starts <paramref name="count"/> instances, <paramref name="inFlight"/> at a time; returns their task ids.
    public async Task<string[]> StartAsync(int count, int inFlight)
    {
        var taskIds = new string[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (i, ct) =>
        {
            var n = Interlocked.Increment(ref _counter);
            var view = await Instances.StartAsync(new StartInstanceRequest(ProcessKey, $"B-{n}"), Trader, null, ct);
            taskIds[i] = view.Tasks[0].TaskId;
        });
        return taskIds;
    }

    /// Approves each task, <paramref name="inFlight"/> at a time; every instance then completes.
    public Task CompleteAsync(IReadOnlyList<string> taskIds, int inFlight) =>
        Parallel.ForAsync(0, taskIds.Count, new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (i, ct) =>
        {
            var view = await Instances.CompleteTaskAsync(taskIds[i], new CompleteTaskRequest("approve"), Approver, ct);
            if (view.Status != "completed") throw new InvalidOperationException($"instance {view.InstanceId} is {view.Status} after its only task");
        });

    public void Dispose()
    {
        Host.Dispose();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { /* a temp folder left behind is harmless */ }
    }
}
