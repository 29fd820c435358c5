using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// A ticket of 50,000 万 or more needs risk approval on top of the desk head's: the form says so before it is
/// submitted, the approver approves, then the risk officer, each in a browser of their own, and only then is the ticket
/// approved, which the trader's page shows as it happens.
public sealed class TicketRiskApprovalTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private const string Face = "50000";

    [Fact]
    public async Task A_large_ticket_is_approved_by_the_desk_head_then_by_risk()
    {
        var bond = await DeskDemo.PolicyBankBondAsync(Platform.Services, 1);
        await Portal.SignInAsync(DemoUser.Trader);
        var form = new NewTicketPage(Portal.Page);
        await form.OpenAsync(Portal);
        await form.FillAtValuationAsync(bond, Face);
        await form.ExpectEveryCheckPassesAsync(5);
        await Expect(form.Preview.GetByTestId("needs-risk")).ToHaveAttributeAsync("data-value", "true");
        await Expect(form.Preview.GetByTestId("needs-compliance")).ToHaveAttributeAsync("data-value", "false");
        await form.Submit.ClickAsync();

        var ticketPage = new TicketPage(Portal.Page);
        var ticketId = await ticketPage.TicketIdAsync();
        await ticketPage.ExpectStatusAsync("PendingApproval");
        await Expect(Portal.Page.GetByTestId("needs-risk")).ToHaveAttributeAsync("data-value", "true");

        var approver = await SignInElsewhereAsync(DemoUser.Approver);
        var approverInbox = new InboxPage(approver.Page);
        await approverInbox.OpenAsync(approver.Portal);
        await approverInbox.OpenTaskAsync(ticketId, "DeskReview");
        await approverInbox.DecideAsync("approve", "同意，转风控。");
        await Expect(approverInbox.Panel).ToHaveCountAsync(0);

        // The desk head's yes is not enough: the ticket waits for risk.
        await Expect(ticketPage.Steps).ToHaveAttributeAsync("data-elements", "RiskReview");
        await ticketPage.ExpectStatusAsync("PendingApproval");
        await Expect(ticketPage.ExecutionForm).ToHaveCountAsync(0);
        await Screenshots.SaveToTempAsync(Portal.Page, "trading-ticket-risk-pending");

        var risk = await SignInElsewhereAsync(DemoUser.Risk);
        var riskInbox = new InboxPage(risk.Page);
        await riskInbox.OpenAsync(risk.Portal);
        await riskInbox.OpenTaskAsync(ticketId, "RiskReview");
        await riskInbox.DecideAsync("approve", "在限额内，同意。");
        await Expect(riskInbox.Panel).ToHaveCountAsync(0);

        await ticketPage.ExpectStatusAsync("Approved");
        await Expect(ticketPage.ExecutionForm).ToBeVisibleAsync();
        await Expect(ticketPage.Steps).ToHaveAttributeAsync("data-elements", "RecordExecution");
    }
}
