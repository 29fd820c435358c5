using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Portal;

/// The counterparty list (交易对手) and its edit dialog.
public sealed class CounterpartiesPage(IPage page)
{
    public ILocator Table => page.GetByTestId("counterparties-table");

    public ILocator Dialog => page.GetByTestId("counterparty-dialog");

    public ILocator EditButtons => page.GetByTestId("counterparty-edit");

    public ILocator Row(string counterpartyId) =>
        page.Locator("tr.ant-table-row").Filter(new() { Has = page.Locator($"[data-testid=counterparty-row][data-counterparty-id='{counterpartyId}']") });

    public ILocator Status(string counterpartyId) => Row(counterpartyId).GetByTestId("whitelist-status");

    public async Task OpenAsync(PortalPage portal)
    {
        await portal.OpenFromMenuAsync("reference-counterparties", "counterparties-table");
        await Expect(Table).ToHaveAttributeAsync("data-loading", "false");
        await Expect(page.GetByTestId("counterparty-row").First).ToBeVisibleAsync();
    }

    /// Searches and waits for the list to hold as many counterparties as expected: the loading flag alone could still
    /// be the previous list's.
    public async Task SearchAsync(string text, long expectedTotal)
    {
        await page.Locator("#counterparty-search").FillAsync(text);
        await page.Locator("#counterparty-search").PressAsync("Enter");
        await Expect(Table).ToHaveAttributeAsync("data-total", expectedTotal.ToString(CultureInfo.InvariantCulture));
        await Expect(Table).ToHaveAttributeAsync("data-loading", "false");
    }

    public async Task EditAsync(string counterpartyId)
    {
        await page.Locator($"#counterparty-edit-{counterpartyId}").ClickAsync();
        await Expect(Dialog).ToBeVisibleAsync();
    }

    /// Types the credit line and leaves the input, which is when Ant's InputNumber takes it, and waits for the circuit
    /// to show it formatted, so that Save does not race it.
    public async Task SetCreditLineAsync(string typed, string formatted)
    {
        var input = page.Locator("#counterparty-credit-line input");   // Ant's InputNumber puts the id on its wrapper
        await input.FillAsync(typed);
        await input.BlurAsync();
        await Expect(input).ToHaveValueAsync(formatted);
    }

    public async Task SaveAsync() => await page.Locator("#counterparty-save").ClickAsync();
}
