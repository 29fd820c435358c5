using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Portal;

/// The dealer quote board (报价板): the table everyone reads and, for traders, the form to post a quote.
public sealed class QuoteBoardPage(IPage page)
{
    public ILocator Table => page.GetByTestId("quotes-table");

    public ILocator Form => page.GetByTestId("quote-form");

    public ILocator Row(string bondId, string trader) =>
        page.Locator("tr.ant-table-row").Filter(new() { Has = page.Locator($"[data-testid=quote-row][data-bond-id='{bondId}'][data-trader='{trader}']") });

    public async Task OpenAsync(PortalPage portal)
    {
        await portal.OpenFromMenuAsync("trading-quotes", "quotes-table");
        await Expect(Table).ToHaveAttributeAsync("data-loading", "false");
    }

    /// Types into the bond select's search box and clicks the bond's option ("250205 25国开05") once the search answered.
    public async Task PickBondAsync(string bondId, string label)
    {
        var select = page.GetByTestId("quote-bond-select");
        await select.Locator(".ant-select-selector").ClickAsync();
        await select.Locator("input").FillAsync(bondId);
        await page.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").Locator($"[role=option][aria-label='{label}']").ClickAsync();
        await Expect(select).ToHaveAttributeAsync("data-value", bondId);
    }

    /// Types a figure and leaves the input, which is when Ant's InputNumber takes it, and waits for the circuit to show
    /// it as it formats it, so that Post does not race it.
    public async Task SetAsync(string inputId, string typed, string shown)
    {
        var input = page.Locator($"#{inputId} input");   // Ant's InputNumber puts the id on its wrapper
        await input.FillAsync(typed);
        await input.BlurAsync();
        await Expect(input).ToHaveValueAsync(shown);
    }

    public async Task PostAsync() => await page.Locator("#quote-post").ClickAsync();
}
