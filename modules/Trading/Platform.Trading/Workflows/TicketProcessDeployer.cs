using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.BuildingBlocks.Paging;
using Platform.Trading.Application.Desk;
using Platform.Workflows.Contracts;

namespace Platform.Trading.Workflows;

/// Ships the ticket approval process: deploys the embedded <c>ib-spot-approval.bpmn</c> as version 1 when the key has
/// never been deployed. A version a designer deployed since is kept (editing it in the designer is the point).
internal sealed class TicketProcessDeployer(IWorkflowDefinitions definitions, ILogger<TicketProcessDeployer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var deployed = await definitions.ListLatestAsync(TicketProcess.Key, PageRequest.Of(1, 10), ct);
        if (deployed.Items.Any(d => d.Key == TicketProcess.Key)) return;
        await using var stream = typeof(TicketProcessDeployer).Assembly.GetManifestResourceStream($"{typeof(TicketProcessDeployer).Namespace}.ib-spot-approval.bpmn")
            ?? throw new InvalidOperationException("the ticket approval process is not embedded");
        using var reader = new StreamReader(stream);
        var outcome = await definitions.DeployAsync(await reader.ReadToEndAsync(ct), "system", ct);
        logger.LogInformation("Deployed the ticket approval process {Key} as version {Version}", outcome.Key, outcome.Version);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
