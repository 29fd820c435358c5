using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Paging;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using Platform.Workflows.Contracts;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// The workflow issue's "Done means": a process designed in the portal, started by one person and decided by two
/// others through their inboxes, each in a browser of their own, then seen completed on its instance page. Also a
/// refusal shown with its reason while nothing changes, and due or overdue tasks standing out in the inbox.
public sealed class WorkflowInboxTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private IWorkflowDefinitions Definitions => Platform.Services.GetRequiredService<IWorkflowDefinitions>();

    private IWorkflowInstances Instances => Platform.Services.GetRequiredService<IWorkflowInstances>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_two_step_approval_designed_in_the_portal_is_started_approved_twice_and_shown_completed()
    {
        const string key = "E2eInboxApproval";
        var businessKey = "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        var designer = await SignInElsewhereAsync(DemoUser.Designer, 1920, 1080);   // room on the canvas for the context pads
        var canvas = new DesignerPage(designer.Page);
        await canvas.OpenAndStartNewAsync(designer.Portal);
        await canvas.SetAsync("#prop-id", key);
        await canvas.SetAsync("#prop-name", "端到端两级审批（待办）");
        await canvas.SelectOnCanvasAsync("Start");
        await canvas.AppendUserTaskAsync("DeskApproval");
        await canvas.SetAsync("#prop-name", "审批人审批");
        await canvas.SetAsync("#prop-candidateRoles", "Approver");
        await canvas.AppendUserTaskAsync("RiskApproval");
        await canvas.SetAsync("#prop-name", "风控复核");
        await canvas.SetAsync("#prop-candidateRoles", "RiskOfficer");
        await canvas.SetAsync("#prop-dueIn", "PT30M");
        await canvas.CheckAsync("#prop-notInitiator");
        await canvas.AppendEndEventAsync();
        await canvas.ValidateAsync("valid");
        await canvas.DeployAsync("deployed");
        await Expect(canvas.Result).ToHaveAttributeAsync("data-version", "1");

        var trader = await SignInElsewhereAsync(DemoUser.Trader);
        var traderInbox = new InboxPage(trader.Page);
        await traderInbox.OpenAsync(trader.Portal);
        await traderInbox.OpenStartDialogAsync();
        await traderInbox.FillAndStartAsync(key, businessKey, """{"faceAmount": 50000000, "side": "Buy"}""");
        var started = new InstancePage(trader.Page);
        await Expect(started.Root).ToHaveAttributeAsync("data-status", "running");
        await Expect(started.Root.GetByTestId("instance-business-key")).ToHaveTextAsync(businessKey);
        await Expect(started.Task("DeskApproval")).ToContainTextAsync("您不能办理");   // the trader is no approver
        var instanceId = await started.Root.GetAttributeAsync("data-instance-id");

        var approver = await SignInElsewhereAsync(DemoUser.Approver);
        var approverInbox = new InboxPage(approver.Page);
        await approverInbox.OpenAsync(approver.Portal);
        await Expect(approverInbox.Row(businessKey, "DeskApproval")).ToBeVisibleAsync();
        await Screenshots.SaveToTempAsync(approver.Page, "workflow-inbox");
        await approverInbox.OpenTaskAsync(businessKey, "DeskApproval");
        await Expect(approverInbox.Panel.GetByTestId("task-business-key")).ToHaveTextAsync(businessKey);
        await approverInbox.ChooseOutcomeAsync("approve");
        await approverInbox.Panel.Locator("#task-comment").FillAsync("额度在授权范围内，同意。");
        await Screenshots.SaveToTempAsync(approver.Page, "workflow-task-panel");
        await approverInbox.Panel.Locator("#task-submit").ClickAsync();
        await Expect(approverInbox.Panel).ToHaveCountAsync(0);
        await Expect(approverInbox.Rows(businessKey)).ToHaveCountAsync(0);

        var risk = await SignInElsewhereAsync(DemoUser.Risk);
        var riskInbox = new InboxPage(risk.Page);
        await riskInbox.OpenAsync(risk.Portal);
        await Expect(riskInbox.Row(businessKey, "RiskApproval")).ToHaveAttributeAsync("data-due", "soon");   // due in 30 minutes
        await Expect(risk.Page.Locator("tr.inbox-row-soon").Filter(new() { Has = riskInbox.Row(businessKey, "RiskApproval") }))
            .ToContainTextAsync("即将到期");
        await Screenshots.SaveToTempAsync(risk.Page, "workflow-inbox-risk");
        await riskInbox.OpenTaskAsync(businessKey, "RiskApproval");
        await riskInbox.DecideAsync("approve", "风险可控，同意。");
        await Expect(riskInbox.Panel).ToHaveCountAsync(0);

        await risk.Portal.OpenFromMenuAsync("workflow-instances", "workflow-instances");
        var listed = risk.Page.Locator($"[data-testid=instance-row][data-business-key='{businessKey}']");
        await Expect(listed).ToHaveAttributeAsync("data-status", "completed");
        await Screenshots.SaveToTempAsync(risk.Page, "workflow-instances");
        await listed.ClickAsync();
        var done = new InstancePage(risk.Page);
        await Expect(done.Root).ToHaveAttributeAsync("data-status", "completed");
        await Expect(done.Root).ToHaveAttributeAsync("data-instance-id", instanceId!);
        await Expect(done.Root.GetByTestId("instance-status")).ToHaveTextAsync("已完成");
        var deskDecision = done.HistoryAt("task completed", "DeskApproval");
        await Expect(deskDecision).ToHaveAttributeAsync("data-by", "approver1");
        await Expect(deskDecision).ToHaveAttributeAsync("data-outcome", "approve");
        await Expect(deskDecision).ToContainTextAsync("同意");
        await Expect(deskDecision.GetByTestId("history-comment")).ToHaveTextAsync("额度在授权范围内，同意。");
        var riskDecision = done.HistoryAt("task completed", "RiskApproval");
        await Expect(riskDecision).ToHaveAttributeAsync("data-by", "risk1");
        await Expect(riskDecision).ToContainTextAsync("操作人 risk1");
        await Expect(riskDecision.GetByTestId("history-comment")).ToHaveTextAsync("风险可控，同意。");
        await Expect(done.History.Last).ToHaveAttributeAsync("data-what", "completed");
        await Expect(done.Shape("RiskApproval")).ToBeVisibleAsync();
        await Expect(done.Shape("DeskApproval")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("bpmn-marker-completed"));
        await Expect(done.Root.GetByTestId("instance-task")).ToHaveCountAsync(0);
        await Screenshots.SaveToTempAsync(risk.Page, "workflow-instance");

        var instance = await Instances.GetAsync(instanceId!, Ct);
        Assert.Equal("completed", instance.Status);
        Assert.Equal("trader1", instance.Initiator);
        Assert.Equal(
            [("DeskApproval", "approver1", "approve"), ("RiskApproval", "risk1", "approve")],
            instance.History.Where(h => h.What == "task completed").Select(h => (h.ElementId, h.By, h.Outcome)).ToList());
    }
}
