using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Portal;

/// The blotter (成交与持仓): a book chosen, its positions (face as data-face) and its trades.
public sealed class BlotterPage(IPage page)
{
    public ILocator Book => page.GetByTestId("blotter-book");

    public ILocator Positions => page.GetByTestId("positions-table");

    public ILocator Trades => page.GetByTestId("trades-table");

    public ILocator Face(string bondId) => Positions.Locator($"[data-testid=position-face][data-bond-id='{bondId}']");

    public ILocator Trade(string tradeId) => Trades.Locator($"[data-testid=trade-row][data-trade-id='{tradeId}']");

    public ILocator TradeRow(string tradeId) =>
        Trades.Locator("tr.ant-table-row").Filter(new() { Has = page.Locator($"[data-testid=trade-row][data-trade-id='{tradeId}']") });

    public async Task OpenAsync(PortalPage portal) => await portal.OpenFromMenuAsync("trading-blotter", "blotter-book");

    public async Task PickBookAsync(string bookId)
    {
        await Book.Locator(".ant-select-selector").ClickAsync();
        await page.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").Locator($"[role=option][aria-label^='{bookId} ']").ClickAsync();
        await Expect(Book).ToHaveAttributeAsync("data-value", bookId);
        await Expect(Trades).ToHaveAttributeAsync("data-loading", "false");
    }

    /// The face the book holds in the bond now (万元), 0 when it has no position.
    public async Task<decimal> FaceAsync(string bondId) =>
        await Face(bondId).CountAsync() == 0 ? 0m
            : decimal.Parse((await Face(bondId).GetAttributeAsync("data-face"))!, CultureInfo.InvariantCulture);
}
