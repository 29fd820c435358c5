using Platform.BuildingBlocks.Demo;
using Platform.BuildingBlocks.Paging;
using Platform.Workflows.Contracts;

namespace Platform.Workflows.Demo;

/// Demo data: the inter-bank spot bond ticket approval (银行间现券审批单) deployed once, so that a new user can start it
/// from the portal and walk it through the inbox as trader1, approver1 and risk1.
internal sealed class WorkflowDemoSeeder(IWorkflowDefinitions definitions) : IDemoDataSeeder
{
    public const string ProcessKey = "SpotBondTicket";

    public int Order => 100;   // after the demo users

    public async Task SeedAsync(CancellationToken ct)
    {
        var deployed = await definitions.ListLatestAsync(ProcessKey, PageRequest.Of(1, 10), ct);
        if (deployed.Items.Any(d => d.Key == ProcessKey)) return;   // deployed before, perhaps changed since: keep it
        await using var stream = typeof(WorkflowDemoSeeder).Assembly.GetManifestResourceStream($"{typeof(WorkflowDemoSeeder).Namespace}.spot-bond-ticket.bpmn")
            ?? throw new InvalidOperationException("the demo BPMN file is not embedded");
        using var reader = new StreamReader(stream);
        await definitions.DeployAsync(await reader.ReadToEndAsync(ct), "demo", ct);
    }
}
