using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Portal;

/// The new ticket form (新建审批单) as a trader fills it: searchable selects for the bond and the counterparty, typed
/// price and face, and the live preview beside it with each check's verdict.
public sealed class NewTicketPage(IPage page)
{
    public ILocator Root => page.GetByTestId("new-ticket");

    public ILocator Preview => page.GetByTestId("ticket-preview");

    public ILocator Checks => Preview.GetByTestId("ticket-check");

    public ILocator Check(string name) => Preview.Locator($"[data-testid=ticket-check][data-check='{name}']");

    public ILocator Submit => page.Locator("#ticket-submit");

    public ILocator FieldError(string field) => page.GetByTestId($"ticket-error-{field}");

    public async Task OpenAsync(PortalPage portal) => await portal.OpenFromMenuAsync("trading-ticket-new", "new-ticket");

    /// Types into the bond select's search box and clicks the bond's option ("short name CFETS code") once the
    /// desk's search has answered.
    public async Task PickBondAsync(string search, string label, string bondId) =>
        await PickRemoteAsync("ticket-bond", search, label, bondId);

    public async Task PickCounterpartyAsync(string search, string label, string counterpartyId) =>
        await PickRemoteAsync("ticket-counterparty", search, label, counterpartyId);

    /// Opens the book select and clicks the book's option ("RATES-TRD 利率交易账簿").
    public async Task PickBookAsync(string bookId)
    {
        var select = page.GetByTestId("ticket-book");
        await select.Locator(".ant-select-selector").ClickAsync();
        await OpenDropdown.Locator($"[role=option][aria-label^='{bookId} ']").ClickAsync();
        await Expect(select).ToHaveAttributeAsync("data-value", bookId);
    }

    public async Task SetPriceAsync(string price) => await page.Locator("#ticket-price").FillAsync(price);

    public async Task SetFaceAsync(string faceWan) => await page.Locator("#ticket-face").FillAsync(faceWan);

    public async Task SetTradeDateAsync(DateOnly date) =>
        await page.Locator("#ticket-trade-date").FillAsync(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// Waits for the preview of exactly these price and face (not an older one) to be shown.
    public async Task ExpectPreviewAsync(string price, string faceWan, string state = "ready")
    {
        await Expect(Preview).ToHaveAttributeAsync("data-price", price);
        await Expect(Preview).ToHaveAttributeAsync("data-face", faceWan);
        await Expect(Preview).ToHaveAttributeAsync("data-state", state);
    }

    /// The clean price of the valuation the preview compares with, as the page shows it (four decimals).
    public async Task<string> ValuationCleanPriceAsync()
    {
        var valuation = Preview.GetByTestId("economics-valuation");
        await Expect(valuation).ToHaveAttributeAsync("data-clean-price", new Regex(@"^\d+\.\d{4}$"));
        return (await valuation.GetAttributeAsync("data-clean-price"))!;
    }

    /// Every check shown, each passing.
    public async Task ExpectEveryCheckPassesAsync(int count)
    {
        await Expect(Checks).ToHaveCountAsync(count);
        await Expect(Preview.Locator("[data-testid=ticket-check]:not([data-outcome=Pass])")).ToHaveCountAsync(0);
    }

    /// Fills a buy of the bond from ICBC into RATES-TRD for the next business day at the valuation's clean price,
    /// read from the live preview of a first price, and waits for the preview of those terms; returns that price.
    public async Task<string> FillAtValuationAsync(Trading.Contracts.ReferenceData.BondView bond, string faceWan)
    {
        await PickBondAsync(DeskDemo.CfetsCode(bond), DeskDemo.Label(bond), bond.BondId);
        await PickCounterpartyAsync(DeskDemo.CounterpartySearch, DeskDemo.CounterpartyLabel, DeskDemo.Counterparty);
        await PickBookAsync(DeskDemo.Book);
        await SetTradeDateAsync(DeskDemo.TradeDate);
        await SetFaceAsync(faceWan);
        await SetPriceAsync("100");
        await ExpectPreviewAsync("100", faceWan);
        var price = await ValuationCleanPriceAsync();
        await SetPriceAsync(price);
        await ExpectPreviewAsync(price, faceWan);
        return price;
    }

    private ILocator OpenDropdown => page.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)");

    private async Task PickRemoteAsync(string testId, string search, string label, string value)
    {
        var select = page.GetByTestId(testId);
        var input = select.Locator("input");
        await select.Locator(".ant-select-selector").ClickAsync();
        // Text typed before Ant's select knows its dropdown is open is lost to it: the box shows it, the select draws
        // the box empty, and the text stays there over the picked label. aria-expanded appears once it knows.
        await Expect(input).ToHaveAttributeAsync("aria-expanded", new Regex(".*"));
        await Expect(input).ToBeFocusedAsync();
        // Filled in one go: typed key by key, a key can be lost when the circuit echoes an older value of Ant's search
        // box back while the next key is typed.
        await input.FillAsync(search);
        // Picked before the search answers, Ant would keep the typed text over the picked label.
        await Expect(select).ToHaveAttributeAsync("data-search", search);
        await OpenDropdown.Locator($"[role=option][aria-label='{label}']").ClickAsync();
        await Expect(select).ToHaveAttributeAsync("data-value", value);
        // The search text goes once picked, leaving the picked label alone in the box.
        await Expect(input).ToHaveValueAsync("");
    }
}
