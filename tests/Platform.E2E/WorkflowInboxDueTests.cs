using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// A task's due time (pf:dueIn from when it opened) shows in the inbox, and a task due within the hour or past its
/// time stands out by colour and by its label; "overdue only" keeps the late ones.
public sealed class WorkflowInboxDueTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private WorkflowFacades Workflows => new(Platform.Services);

    [Fact]
    public async Task Tasks_due_soon_and_overdue_are_marked_in_the_inbox_and_overdue_only_keeps_the_late_ones()
    {
        await Workflows.DeployAsync("E2eInboxDueSoon", "即将到期测试", new LinearTask("Review", "到期复核", "Approver", DueIn: "PT30M"));
        await Workflows.DeployAsync("E2eInboxOverdue", "逾期测试", new LinearTask("Review", "逾期复核", "Approver", DueIn: "PT1S"));
        await Workflows.DeployAsync("E2eInboxNoDue", "不限期测试", new LinearTask("Review", "不限期复核", "Approver", DueIn: "P2D"));
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await Workflows.StartAsync("E2eInboxDueSoon", "SOON-" + suffix, DemoUser.Trader);
        var late = await Workflows.StartAsync("E2eInboxOverdue", "LATE-" + suffix, DemoUser.Trader);
        await Workflows.StartAsync("E2eInboxNoDue", "CALM-" + suffix, DemoUser.Trader);
        var due = Assert.Single(late.Tasks).DueAt!.Value;
        while (DateTimeOffset.UtcNow <= due) await Task.Delay(100, TestContext.Current.CancellationToken);

        var approver = await SignInElsewhereAsync(DemoUser.Approver);
        var inbox = new InboxPage(approver.Page);
        await inbox.OpenAsync(approver.Portal);
        await Expect(inbox.Row("SOON-" + suffix, "Review")).ToHaveAttributeAsync("data-due", "soon");
        await Expect(inbox.Row("LATE-" + suffix, "Review")).ToHaveAttributeAsync("data-due", "overdue");
        await Expect(inbox.Row("CALM-" + suffix, "Review")).ToHaveAttributeAsync("data-due", "ok");
        await Expect(RowOf(approver, "SOON-" + suffix)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("inbox-row-soon"));
        await Expect(RowOf(approver, "SOON-" + suffix)).ToContainTextAsync("即将到期");
        await Expect(RowOf(approver, "LATE-" + suffix)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("inbox-row-overdue"));
        await Expect(RowOf(approver, "LATE-" + suffix)).ToContainTextAsync("已逾期");
        await Expect(RowOf(approver, "CALM-" + suffix)).Not.ToContainTextAsync("到期");
        await Screenshots.SaveToTempAsync(approver.Page, "workflow-inbox-due");

        await approver.Page.Locator("#inbox-search").FillAsync(suffix);
        await approver.Page.Locator("#inbox-overdue").CheckAsync();
        await approver.Page.Locator("#inbox-search-button").ClickAsync();
        await Expect(inbox.Rows("SOON-" + suffix)).ToHaveCountAsync(0);
        await Expect(inbox.Rows("CALM-" + suffix)).ToHaveCountAsync(0);
        await Expect(inbox.Row("LATE-" + suffix, "Review")).ToBeVisibleAsync();
        await Expect(approver.Page.GetByTestId("inbox-total")).ToHaveTextAsync("共 1 项待办");

        await approver.Page.Locator("#lang-en-US").ClickAsync();
        await approver.Portal.WaitForInteractiveAsync();
        await Expect(RowOf(approver, "LATE-" + suffix)).ToContainTextAsync("Overdue");
        await Expect(RowOf(approver, "SOON-" + suffix)).ToContainTextAsync("Due soon");
        await Screenshots.SaveToTempAsync(approver.Page, "workflow-inbox-en");
        await inbox.OpenTaskAsync("LATE-" + suffix, "Review");
        await Expect(inbox.Panel.GetByTestId("task-due")).ToHaveAttributeAsync("data-due", "overdue");
        await inbox.Panel.GetByTestId("task-open-instance").ClickAsync();
        var instance = new InstancePage(approver.Page);
        await Expect(instance.Root).ToHaveAttributeAsync("data-instance-id", late.InstanceId);
        await Expect(instance.Task("Review")).ToContainTextAsync("Overdue");
        await Expect(instance.HistoryAt("started", "Start")).ToContainTextAsync("Process started");
        await Expect(instance.Shape("Review")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("bpmn-marker-active"));
        await Screenshots.SaveToTempAsync(approver.Page, "workflow-instance-en");
    }

    private static Microsoft.Playwright.ILocator RowOf(BrowserSession session, string businessKey) =>
        session.Page.Locator("tr").Filter(new() { Has = session.Page.Locator($"[data-testid=inbox-row][data-business-key='{businessKey}']") });
}
