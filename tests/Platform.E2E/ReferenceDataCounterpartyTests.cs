using Microsoft.Extensions.DependencyInjection;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using Platform.Trading.Contracts.ReferenceData;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// A data steward suspends a demo counterparty (a bad credit line first, refused under its field); a trader then sees
/// it suspended and is offered no edit.
public sealed class ReferenceDataCounterpartyTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private const string Counterparty = "CITICS";

    private IReferenceData ReferenceData => Platform.Services.GetRequiredService<IReferenceData>();

    [Fact]
    public async Task A_steward_suspends_a_counterparty_and_a_trader_sees_the_new_status_without_an_edit_action()
    {
        await Portal.SignInAsync(DemoUser.Steward);
        var list = new CounterpartiesPage(Portal.Page);
        await list.OpenAsync(Portal);
        await Screenshots.SaveToTempAsync(Portal.Page, "reference-counterparties");
        await list.SearchAsync(Counterparty, 1);
        await Expect(list.Status(Counterparty)).ToHaveAttributeAsync("data-status", WhitelistStatuses.Approved);

        await list.EditAsync(Counterparty);
        await list.SetCreditLineAsync("-1", "-1");
        await list.SaveAsync();
        await Expect(Portal.Page.GetByTestId("counterparty-credit-line-error")).ToContainTextAsync("不能为负");

        await Portal.Page.GetByTestId($"whitelist-option-{WhitelistStatuses.Suspended}").ClickAsync();
        await list.SetCreditLineAsync("250000", "250,000");
        await Screenshots.SaveToTempAsync(Portal.Page, "reference-counterparty-edit");
        await list.SaveAsync();
        await Expect(list.Dialog).ToBeHiddenAsync();
        await Expect(list.Status(Counterparty)).ToHaveAttributeAsync("data-status", WhitelistStatuses.Suspended);
        await Expect(list.Status(Counterparty)).ToHaveTextAsync("暂停");
        await Expect(list.Row(Counterparty).GetByTestId("credit-line")).ToHaveTextAsync("250,000");
        var stored = await ReferenceData.FindCounterpartyAsync(Counterparty, TestContext.Current.CancellationToken);
        Assert.Equal((WhitelistStatuses.Suspended, 250_000m), (stored?.WhitelistStatus, stored?.CreditLineWan));

        var trader = await SignInElsewhereAsync(DemoUser.Trader);
        var traderList = new CounterpartiesPage(trader.Page);
        await traderList.OpenAsync(trader.Portal);
        await Expect(traderList.EditButtons).ToHaveCountAsync(0);
        await traderList.SearchAsync(Counterparty, 1);
        await Expect(traderList.Status(Counterparty)).ToHaveAttributeAsync("data-status", WhitelistStatuses.Suspended);
        await Expect(traderList.EditButtons).ToHaveCountAsync(0);
    }
}
