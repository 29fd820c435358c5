using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Portal;

/// The derivatives capture page (衍生品录入) as a trader uses it: a tab per kind, each a form beside its live preview
/// (data-testid swap-… and forward-…), and the list of a book's booked derivatives below.
public sealed class DerivativesPage(IPage page)
{
    public ILocator SwapPreview => page.GetByTestId("swap-preview");

    public ILocator ForwardPreview => page.GetByTestId("forward-preview");

    public ILocator SwapCapture => page.GetByTestId("swap-capture");

    public ILocator ForwardCapture => page.GetByTestId("forward-capture");

    public ILocator SwapSubmit => page.Locator("#swap-submit");

    public ILocator ForwardSubmit => page.Locator("#forward-submit");

    public ILocator Table => page.GetByTestId("derivatives-table");

    /// The book whose derivatives are listed.
    public ILocator ListBook => page.GetByTestId("derivatives-book");

    public ILocator Rows => Table.GetByTestId("derivative-row");

    public ILocator FieldError(string kind, string field) => page.GetByTestId($"{kind}-error-{field}");

    public ILocator Row(string tradeId) =>
        Table.Locator("tr.ant-table-row").Filter(new() { Has = page.Locator($"[data-testid=derivative-row][data-trade-id='{tradeId}']") });

    public async Task OpenAsync(PortalPage portal) => await portal.OpenFromMenuAsync("trading-derivatives", "derivatives-page");

    public async Task OpenForwardTabAsync()
    {
        await page.Locator(".derivative-tabs .ant-tabs-tab").Nth(1).ClickAsync();
        await Expect(ForwardCapture).ToBeVisibleAsync();
    }

    /// Fills a swap's terms (the convention and direction already chosen) and picks counterparty and book.
    public async Task FillSwapAsync(string notionalWan, string ratePct, string tenor, string dealNumber)
    {
        await SetSwapFiguresAsync(notionalWan, ratePct, tenor);
        await page.Locator("#swap-deal").FillAsync(dealNumber);
        await AntSelects.PickRemoteAsync(page, "swap-counterparty", DeskDemo.CounterpartySearch, DeskDemo.CounterpartyLabel, DeskDemo.Counterparty);
        await AntSelects.PickAsync(page, "swap-book", DeskDemo.Book + " ", DeskDemo.Book);
    }

    public async Task SetSwapFiguresAsync(string notionalWan, string ratePct, string tenor)
    {
        await page.Locator("#swap-notional").FillAsync(notionalWan);
        await page.Locator("#swap-rate").FillAsync(ratePct);
        await page.Locator("#swap-tenor").FillAsync(tenor);
    }

    /// Waits for the preview of exactly these terms (not an older one) to be shown in the state given.
    public async Task ExpectSwapPreviewAsync(string notionalWan, string ratePct, string tenor, string state = "ready")
    {
        await Expect(SwapPreview).ToHaveAttributeAsync("data-notional", notionalWan);
        await Expect(SwapPreview).ToHaveAttributeAsync("data-rate", ratePct);
        await Expect(SwapPreview).ToHaveAttributeAsync("data-tenor", tenor);
        await Expect(SwapPreview).ToHaveAttributeAsync("data-state", state);
    }

    /// Picks the contract, side and figures of a forward, counterparty and book.
    public async Task FillForwardAsync(string contract, string direction, string faceWan, string price, string dealNumber)
    {
        await AntSelects.PickAsync(page, "forward-contract", contract + " ", contract);
        await page.GetByTestId($"forward-direction-{direction}").ClickAsync();
        await Expect(page.GetByTestId("forward-direction")).ToHaveAttributeAsync("data-value", direction);
        await page.Locator("#forward-face").FillAsync(faceWan);
        await page.Locator("#forward-price").FillAsync(price);
        await page.Locator("#forward-deal").FillAsync(dealNumber);
        await AntSelects.PickRemoteAsync(page, "forward-counterparty", DeskDemo.CounterpartySearch, DeskDemo.CounterpartyLabel, DeskDemo.Counterparty);
        await AntSelects.PickAsync(page, "forward-book", DeskDemo.Book + " ", DeskDemo.Book);
    }

    public async Task ExpectForwardPreviewAsync(string contract, string faceWan, string price, string state = "ready")
    {
        await Expect(ForwardPreview).ToHaveAttributeAsync("data-contract", contract);
        await Expect(ForwardPreview).ToHaveAttributeAsync("data-face", faceWan);
        await Expect(ForwardPreview).ToHaveAttributeAsync("data-price", price);
        await Expect(ForwardPreview).ToHaveAttributeAsync("data-state", state);
    }

    /// Every check in the preview shown, each passing.
    public static async Task ExpectEveryCheckPassesAsync(ILocator preview, int count)
    {
        await Expect(preview.GetByTestId("ticket-check")).ToHaveCountAsync(count);
        await Expect(preview.Locator("[data-testid=ticket-check]:not([data-outcome=Pass])")).ToHaveCountAsync(0);
    }

    /// The trade date the form holds.
    public async Task<DateOnly> TradeDateAsync(string kind) =>
        DateOnly.ParseExact(await page.Locator($"#{kind}-trade-date").InputValueAsync(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// The trade id of the derivative of this kind booked from the page a moment ago (the newest when several were).
    public async Task<string> BookedTradeIdAsync(string kind)
    {
        var fresh = Table.Locator($"[data-testid=derivative-row][data-new=true][data-kind='{kind}']").First;
        await Expect(fresh).ToBeVisibleAsync();
        return (await fresh.GetAttributeAsync("data-trade-id"))!;
    }
}
