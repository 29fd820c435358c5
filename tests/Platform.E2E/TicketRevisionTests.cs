using Microsoft.Extensions.DependencyInjection;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using Platform.Workflows.Contracts;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// The desk head sends a ticket back; its trader sees that on the ticket's page, opens the form with the ticket's terms,
/// raises the face, and resubmits it: the same ticket, revised once, waits for the desk head again.
public sealed class TicketRevisionTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    [Fact]
    public async Task A_sent_back_ticket_is_revised_and_resubmitted_from_its_page()
    {
        var bond = await DeskDemo.PolicyBankBondAsync(Platform.Services, 2);
        await Portal.SignInAsync(DemoUser.Trader);
        var form = new NewTicketPage(Portal.Page);
        await form.OpenAsync(Portal);
        var price = await form.FillAtValuationAsync(bond, "1000");
        await form.Submit.ClickAsync();
        var ticketPage = new TicketPage(Portal.Page);
        var ticketId = await ticketPage.TicketIdAsync();
        await Expect(ticketPage.Steps).ToHaveAttributeAsync("data-elements", "DeskReview");
        await Expect(Portal.Page.GetByTestId("ticket-sent-back")).ToHaveCountAsync(0);

        var workflows = new WorkflowFacades(Platform.Services);
        var instanceId = (await Platform.Services.GetRequiredService<Trading.Contracts.Tickets.ITradingDesk>().FindTicketAsync(ticketId, TestContext.Current.CancellationToken))!
            .WorkflowInstanceId!;
        var review = await workflows.OpenTaskAsync(instanceId, "DeskReview");
        await workflows.Instances.CompleteTaskAsync(review.TaskId, new CompleteTaskRequest("sendBack", "量太小，请加到 2000 万", SendBackTo: "Submit"),
            WorkflowFacades.Actor(DemoUser.Approver), TestContext.Current.CancellationToken);

        await Expect(Portal.Page.GetByTestId("ticket-sent-back")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Portal.Page.Locator("#ticket-revise").ClickAsync();
        await Expect(form.Root).ToBeVisibleAsync();
        await Expect(Portal.Page.Locator("#ticket-face")).ToHaveValueAsync("1000");
        await form.SetFaceAsync("2000");
        await form.ExpectPreviewAsync(price, "2000");
        await Screenshots.SaveToTempAsync(Portal.Page, "trading-ticket-revision");
        await form.Submit.ClickAsync();

        await Expect(ticketPage.Root).ToHaveAttributeAsync("data-ticket-id", ticketId);
        await Expect(Portal.Page.GetByTestId("ticket-revision")).ToBeVisibleAsync();
        await Expect(ticketPage.Steps).ToHaveAttributeAsync("data-elements", "DeskReview");
        var revised = await Platform.Services.GetRequiredService<Trading.Contracts.Tickets.ITradingDesk>().FindTicketAsync(ticketId, TestContext.Current.CancellationToken);
        Assert.Equal((1, 2000m), (revised!.Revision, revised.Request.FaceWan));
    }
}
