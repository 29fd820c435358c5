using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// Claiming and delegating (签收, 委派) from the task panel: the delegate answers from their inbox and the task comes back
/// to its owner to decide; a user who does not exist is refused under the field before the engine is asked.
public sealed class WorkflowHandOverTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private WorkflowFacades Workflows => new(Platform.Services);

    [Fact]
    public async Task A_claimed_task_is_delegated_answered_by_the_delegate_and_decided_by_its_owner()
    {
        await Workflows.DeployAsync("E2eInboxHandOver", "转交测试",
            new LinearTask("Review", "额度审批", "Approver", Outcomes: "approve,reject,reassign,addSigner"));
        var businessKey = "H-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var instance = await Workflows.StartAsync("E2eInboxHandOver", businessKey, DemoUser.Trader);

        var approver = await SignInElsewhereAsync(DemoUser.Approver);
        var approverInbox = new InboxPage(approver.Page);
        await approverInbox.OpenAsync(approver.Portal);
        await approverInbox.OpenTaskAsync(businessKey, "Review");
        await Expect(approverInbox.Panel.GetByTestId("handover-delegate")).ToHaveCountAsync(0);   // not in hand yet
        await approverInbox.Panel.Locator("#task-claim").ClickAsync();
        await Expect(approverInbox.Panel.Locator("#task-unclaim")).ToBeVisibleAsync();
        await Expect(approverInbox.Panel.GetByTestId("task-assignee")).ToHaveTextAsync("approver1");
        await approverInbox.Panel.GetByTestId("handover-delegate").ClickAsync();
        await approverInbox.Panel.Locator("#handover-user").FillAsync("nobody1");
        await approverInbox.Panel.Locator("#handover-submit").ClickAsync();
        await Expect(approverInbox.Panel.GetByTestId("handover-user-error")).ToHaveTextAsync("没有启用的用户 nobody1");
        await approverInbox.Panel.Locator("#handover-user").FillAsync("risk1");
        await approverInbox.Panel.Locator("#handover-note").FillAsync("请风控先出意见");
        await Screenshots.SaveToTempAsync(approver.Page, "workflow-task-handover");
        await approverInbox.Panel.Locator("#handover-submit").ClickAsync();
        await Expect(approverInbox.Panel).ToHaveCountAsync(0);

        var risk = await SignInElsewhereAsync(DemoUser.Risk);
        var riskInbox = new InboxPage(risk.Page);
        await riskInbox.OpenAsync(risk.Portal);
        await risk.Page.GetByTestId("scope-assigned").ClickAsync();
        await riskInbox.OpenTaskAsync(businessKey, "Review");
        await Expect(riskInbox.Panel.GetByTestId("outcome-approve")).ToBeVisibleAsync();
        await Expect(riskInbox.Panel.GetByTestId("handover-reassign")).ToHaveCountAsync(0);   // a delegate answers, no more
        await riskInbox.DecideAsync("approve", "风险可控");
        await Expect(riskInbox.Panel).ToHaveCountAsync(0);

        await approverInbox.OpenAsync(approver.Portal);
        await approver.Page.GetByTestId("scope-assigned").ClickAsync();
        await approverInbox.OpenTaskAsync(businessKey, "Review");
        await approverInbox.DecideAsync("approve", "同意");
        await Expect(approverInbox.Panel).ToHaveCountAsync(0);

        var done = await Workflows.GetAsync(instance.InstanceId);
        Assert.Equal("completed", done.Status);
        Assert.Equal(
            [("task claimed", "approver1", null), ("task delegated", "approver1", "risk1"), ("delegation resolved", "risk1", "approve"), ("task completed", "approver1", "approve")],
            done.History.Where(h => h.ElementId == "Review" && h.What != "task opened").Select(h => (h.What, h.By, h.Outcome)).ToList());
    }
}
