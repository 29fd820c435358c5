using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// A service call whose retries ran out is an incident on the instance page: settlement operations retry it or skip
/// it with a reason; others see it without the buttons.
public sealed class WorkflowIncidentTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private WorkflowFacades Workflows => new(Platform.Services);

    [Fact]
    public async Task Settlement_ops_retry_an_incident_and_then_skip_it_with_a_reason()
    {
        // No handler is registered under this name, so every attempt fails.
        await Workflows.DeployAsync("E2eInboxIncident", "异常处理测试", new LinearTask("SendInstruction", "发送结算指令", Handler: "e2e.notRegistered"));
        var started = await Workflows.StartAsync("E2eInboxIncident", "I-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), DemoUser.Trader);
        var call = await IncidentAsync(started.InstanceId);

        var trader = await SignInElsewhereAsync(DemoUser.Trader);
        await trader.Page.GotoAsync("/workflows/instances/" + started.InstanceId);
        var traderView = new InstancePage(trader.Page);
        await Expect(ServiceCall(traderView, call)).ToHaveAttributeAsync("data-incident", "true");
        await Expect(trader.Page.Locator($"[id='incident-retry-{call}']")).ToHaveCountAsync(0);

        var settle = await SignInElsewhereAsync(DemoUser.Settlement);
        await settle.Page.GotoAsync("/workflows/instances/" + started.InstanceId);
        var page = new InstancePage(settle.Page);
        await Expect(ServiceCall(page, call)).ToContainTextAsync("no service-task handler is registered as 'e2e.notRegistered'");
        await Screenshots.SaveToTempAsync(settle.Page, "workflow-instance-incident");
        await settle.Page.Locator($"[id='incident-retry-{call}']").ClickAsync();
        await Expect(page.HistoryAt("incident retried", "SendInstruction")).ToHaveAttributeAsync("data-by", "settle1");

        await IncidentAsync(started.InstanceId);   // it fails again
        await settle.Page.Locator("#instance-refresh").ClickAsync();
        await settle.Page.Locator($"[id='incident-reason-{call}']").FillAsync("已线下发送");
        await settle.Page.Locator($"[id='incident-skip-{call}']").ClickAsync();
        await Expect(page.Root).ToHaveAttributeAsync("data-status", "completed");
        var skipped = page.HistoryAt("service task skipped", "SendInstruction");
        await Expect(skipped).ToHaveAttributeAsync("data-by", "settle1");
        await Expect(skipped.GetByTestId("history-comment")).ToHaveTextAsync("已线下发送");
    }

    private static Microsoft.Playwright.ILocator ServiceCall(InstancePage page, string callId) =>
        page.Root.Locator($"[data-testid=service-call][data-call-id='{callId}']");

    /// Waits until the instance's service call has run out of attempts, and gives its id.
    private async Task<string> IncidentAsync(string instanceId)
    {
        for (var i = 0; i < 200; i++)
        {
            if ((await Workflows.GetAsync(instanceId)).ServiceCalls.FirstOrDefault(c => c.Incident) is { } incident)
                return incident.CallId;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"instance {instanceId} raised no incident in 20 seconds");
    }
}
