using Microsoft.Extensions.DependencyInjection;
using Platform.Workflows.Contracts;

namespace Platform.E2E.Portal;

/// The running host's workflow facades, for setting up what a test is not about (deploying a process, a step someone
/// else takes) and for checking what the browser did.
public sealed class WorkflowFacades(IServiceProvider services)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public IWorkflowDefinitions Definitions { get; } = services.GetRequiredService<IWorkflowDefinitions>();

    public IWorkflowInstances Instances { get; } = services.GetRequiredService<IWorkflowInstances>();

    public static WorkflowActor Actor(DemoUser user) => new(user.UserName, [user.Role]);

    public async Task DeployAsync(string key, string name, params LinearTask[] tasks) =>
        await Definitions.DeployAsync(LinearProcess.Xml(key, name, tasks), DemoUser.Designer.UserName, Ct);

    public async Task<InstanceView> StartAsync(string key, string businessKey, DemoUser initiator) =>
        await Instances.StartAsync(new StartInstanceRequest(key, businessKey), Actor(initiator), null, Ct);

    public async Task<InstanceView> GetAsync(string instanceId) => await Instances.GetAsync(instanceId, Ct);

    public async Task<TaskView> OpenTaskAsync(string instanceId, string elementId) =>
        (await GetAsync(instanceId)).Tasks.Single(t => t.ElementId == elementId);

    public async Task<InstanceView> DecideAsync(string instanceId, string elementId, string outcome, DemoUser by) =>
        await Instances.CompleteTaskAsync((await OpenTaskAsync(instanceId, elementId)).TaskId, new CompleteTaskRequest(outcome), Actor(by), Ct);
}
