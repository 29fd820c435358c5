using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Portal;

/// The bond list (债券) and its drawer as a trader uses them: filter by type, search, open a row.
public sealed class BondsPage(IPage page)
{
    public ILocator Table => page.GetByTestId("bonds-table");

    public ILocator Rows => page.GetByTestId("bond-row");

    public ILocator Row(string bondId) => page.Locator($"[data-testid=bond-row][data-bond-id='{bondId}']");

    public ILocator Drawer => page.GetByTestId("bond-drawer");

    public async Task OpenAsync(PortalPage portal)
    {
        await portal.OpenFromMenuAsync("reference-bonds", "bonds-table");
        await Expect(Table).ToHaveAttributeAsync("data-loading", "false");
        await Expect(Rows.First).ToBeVisibleAsync();
    }

    /// Opens the Ant Design type select and clicks the option with the type's label, in the dropdown that is open.
    /// Waits for the list to hold as many bonds as expected: the loading flag alone could still be the previous list's.
    public async Task FilterByTypeAsync(string label, string bondType, long expectedTotal)
    {
        var option = page.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").Locator($"[role=option][aria-label='{label}']");
        // a click that lands while the page is still wiring its events up opens nothing: open it again until it shows
        for (var attempt = 1; ; attempt++)
        {
            await page.GetByTestId("bond-type-filter").Locator(".ant-select-selector").ClickAsync();
            try
            {
                await option.WaitForAsync(new() { Timeout = 5_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }
        await option.ClickAsync();
        await Expect(page.GetByTestId("bond-type-filter")).ToHaveAttributeAsync("data-value", bondType);
        await ExpectTotalAsync(expectedTotal);
    }

    public async Task SearchAsync(string text, long expectedTotal)
    {
        await page.Locator("#bond-search").FillAsync(text);
        await page.Locator("#bond-search").PressAsync("Enter");
        await ExpectTotalAsync(expectedTotal);
    }

    private async Task ExpectTotalAsync(long total)
    {
        await Expect(Table).ToHaveAttributeAsync("data-total", total.ToString(CultureInfo.InvariantCulture));
        await Expect(Table).ToHaveAttributeAsync("data-loading", "false");
    }

    public async Task OpenBondAsync(string bondId)
    {
        await Row(bondId).ClickAsync();
        await Expect(Drawer).ToHaveAttributeAsync("data-bond-id", bondId);
        await Expect(Drawer).ToHaveAttributeAsync("data-state", "open");
    }
}
