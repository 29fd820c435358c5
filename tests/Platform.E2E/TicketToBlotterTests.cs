using System.Globalization;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using Platform.SharedKernel.Calendars;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// The front office's acceptance test: a trader enters a ticket on the new ticket page at the valuation's price and
/// sees every check pass, an approver approves it from the inbox in a browser of their own, the trader records the
/// execution, and the blotter, open in another browser since before, shows the new face and the trade without a reload.
public sealed class TicketToBlotterTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private const string Face = "1000";

    [Fact]
    public async Task A_ticket_entered_approved_and_executed_shows_on_the_open_blotter_without_a_reload()
    {
        var bond = await DeskDemo.PolicyBankBondAsync(Platform.Services, 0);

        var watcher = await SignInElsewhereAsync(DemoUser.Trader, 1440, 900);
        var blotter = new BlotterPage(watcher.Page);
        await blotter.OpenAsync(watcher.Portal);
        await blotter.PickBookAsync(DeskDemo.Book);
        var faceBefore = await blotter.FaceAsync(bond.BondId);
        // A marker a reload would wipe: the blotter must change in place.
        await watcher.Page.EvaluateAsync("() => window.e2eNoReload = true");

        await Portal.Page.SetViewportSizeAsync(1440, 900);
        await Portal.SignInAsync(DemoUser.Trader);
        var form = new NewTicketPage(Portal.Page);
        await form.OpenAsync(Portal);
        var price = await form.FillAtValuationAsync(bond, Face);
        await form.ExpectEveryCheckPassesAsync(5);
        await Expect(form.Preview.GetByTestId("needs-risk")).ToHaveAttributeAsync("data-value", "false");
        await Expect(form.Preview.GetByTestId("economics-clean")).ToHaveTextAsync(price);
        await Expect(form.Preview.GetByTestId("economics-settlement-date")).ToHaveTextAsync(
            MarketCalendars.CnInterbank.NextBusinessDay(DeskDemo.TradeDate).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));   // T+1
        await Expect(form.Submit).ToBeEnabledAsync();
        await Screenshots.SaveToTempAsync(Portal.Page, "trading-new-ticket");
        await form.Submit.ClickAsync();

        var ticketPage = new TicketPage(Portal.Page);
        var ticketId = await ticketPage.TicketIdAsync();
        await ticketPage.ExpectStatusAsync("PendingApproval");
        await Expect(ticketPage.Steps).ToHaveAttributeAsync("data-elements", "DeskReview");
        await Expect(Portal.Page.GetByTestId("ticket-instance-link")).ToBeVisibleAsync();

        var approver = await SignInElsewhereAsync(DemoUser.Approver);
        var inbox = new InboxPage(approver.Page);
        await inbox.OpenAsync(approver.Portal);
        await inbox.OpenTaskAsync(ticketId, "DeskReview");
        await inbox.DecideAsync("approve", "价格贴近估值，同意。");
        await Expect(inbox.Panel).ToHaveCountAsync(0);

        // The approval happened in another browser: the trader's page follows by itself.
        await ticketPage.ExpectStatusAsync("Approved");
        await Expect(Portal.Page.Locator("#execution-price")).ToHaveValueAsync(price);
        await Screenshots.SaveToTempAsync(Portal.Page, "trading-ticket-approved");
        var deal = "CBT" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        await ticketPage.RecordExecutionAsync(deal);
        await ticketPage.ExpectStatusAsync("Executed");
        var tradeId = await ticketPage.Root.GetAttributeAsync("data-trade-id");
        Assert.False(string.IsNullOrEmpty(tradeId));

        var expected = faceBefore + decimal.Parse(Face, CultureInfo.InvariantCulture);
        await Expect(blotter.Face(bond.BondId)).ToHaveAttributeAsync("data-face", expected.ToString(CultureInfo.InvariantCulture));
        await Expect(blotter.Trade(tradeId!)).ToBeVisibleAsync();
        await Expect(blotter.TradeRow(tradeId!).GetByTestId("trade-deal")).ToHaveTextAsync(deal);
        await Expect(blotter.TradeRow(tradeId!).GetByTestId("trade-clean")).ToHaveTextAsync(price);
        Assert.True(await watcher.Page.EvaluateAsync<bool>("() => window.e2eNoReload === true"));
        await Screenshots.SaveToTempAsync(watcher.Page, "trading-blotter");

        await Portal.OpenFromMenuAsync("trading-tickets", "tickets-table");
        await Expect(Portal.Page.Locator($"[data-testid=ticket-row][data-ticket-id='{ticketId}']")).ToHaveAttributeAsync("data-status", "Executed");
        await Screenshots.SaveToTempAsync(Portal.Page, "trading-my-tickets");
    }
}
