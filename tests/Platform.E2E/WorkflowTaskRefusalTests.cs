using Platform.BuildingBlocks.Paging;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using Platform.Workflows.Contracts;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// What the engine or the portal refuses is shown where it belongs, with its reason, and changes nothing: bad variables
/// under the start dialog's field, and segregation of duties (the initiator may not decide the risk review) in the
/// task panel.
public sealed class WorkflowTaskRefusalTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private const string Key = "E2eInboxRefusal";

    private WorkflowFacades Workflows => new(Platform.Services);

    [Fact]
    public async Task Bad_variables_and_segregation_of_duties_are_refused_with_their_reason_and_change_nothing()
    {
        await Workflows.DeployAsync(Key, "端到端拒绝测试",
            new LinearTask("DeskCheck", "审批人审批", "Approver"),
            new LinearTask("RiskCheck", "风控复核", "RiskOfficer", Outcomes: "approve,reject,sendBack", SendBackTo: "DeskCheck", NotInitiator: true));
        var businessKey = "R-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var risk = await SignInElsewhereAsync(DemoUser.Risk);
        var inbox = new InboxPage(risk.Page);
        await inbox.OpenAsync(risk.Portal);

        await inbox.OpenStartDialogAsync();
        await inbox.FillAndStartAsync(Key, businessKey, "{amount: 1}");
        await Expect(risk.Page.GetByTestId("start-variables-error")).ToContainTextAsync("不是有效的 JSON");
        await risk.Page.Locator("#start-variables").FillAsync("""{"outcome": "approve"}""");
        await risk.Page.Locator("#start-submit").ClickAsync();
        await Expect(risk.Page.GetByTestId("start-variables-error")).ToContainTextAsync("outcome: outcome 由引擎设置，不能传入");
        Assert.Equal(0, (await InstancesOf(businessKey)).Total);

        await risk.Page.Locator("#start-variables").FillAsync("""{"amount": 100}""");
        await risk.Page.Locator("#start-submit").ClickAsync();
        var instancePage = new InstancePage(risk.Page);
        await Expect(instancePage.Root).ToHaveAttributeAsync("data-status", "running");
        var instanceId = (await instancePage.Root.GetAttributeAsync("data-instance-id"))!;
        await Workflows.DecideAsync(instanceId, "DeskCheck", "approve", DemoUser.Approver);

        await inbox.OpenAsync(risk.Portal);
        await inbox.OpenTaskAsync(businessKey, "RiskCheck");
        await inbox.DecideAsync("approve", "自己发起的流程，自己复核");
        await Expect(inbox.Refusal).ToContainTextAsync("segregation of duties");
        await Expect(inbox.Panel).ToHaveAttributeAsync("data-state", "open");   // still open, nothing changed
        await Screenshots.SaveToTempAsync(risk.Page, "workflow-task-refusal");

        await inbox.ChooseOutcomeAsync("sendBack");
        await inbox.Panel.Locator("#task-submit").ClickAsync();
        await Expect(inbox.Panel.GetByTestId("task-send-back-error")).ToHaveTextAsync("请选择退回到哪一步");

        var instance = await Workflows.GetAsync(instanceId);
        Assert.Equal("running", instance.Status);
        Assert.Equal("RiskCheck", Assert.Single(instance.Tasks).ElementId);
        Assert.DoesNotContain(instance.History, h => h.ElementId == "RiskCheck" && h.What == "task completed");
        Assert.Equal(1, (await InstancesOf(businessKey)).Total);
    }

    private Task<PagedResult<InstanceSummary>> InstancesOf(string businessKey) =>
        Workflows.Instances.ListAsync(new InstanceQuery(BusinessKey: businessKey), PageRequest.Of(1, 10), TestContext.Current.CancellationToken);
}
