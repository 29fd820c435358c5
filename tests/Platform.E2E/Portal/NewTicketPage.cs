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
        await AntSelects.PickRemoteAsync(page, "ticket-bond", search, label, bondId);

    public async Task PickCounterpartyAsync(string search, string label, string counterpartyId) =>
        await AntSelects.PickRemoteAsync(page, "ticket-counterparty", search, label, counterpartyId);

    /// Opens the book select and clicks the book's option ("RATES-TRD 利率交易账簿").
    public async Task PickBookAsync(string bookId) => await AntSelects.PickAsync(page, "ticket-book", bookId + " ", bookId);

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
}
