using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Portal;

/// Ant Design's selects as a person uses them: open the select (inside the element with the test id, which carries the
/// value picked as data-value), type a search when the options come from one, and click the option by its label.
public static class AntSelects
{
    public static ILocator OpenDropdown(IPage page) => page.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)");

    /// Clicks the option whose label starts with <paramref name="labelStart"/> ("RATES-TRD ", "CDB10_2703 ").
    public static async Task PickAsync(IPage page, string testId, string labelStart, string value)
    {
        var select = page.GetByTestId(testId);
        await select.Locator(".ant-select-selector").ClickAsync();
        await OpenDropdown(page).Locator($"[role=option][aria-label^='{labelStart}']").ClickAsync();
        await Expect(select).ToHaveAttributeAsync("data-value", value);
    }

    /// Types into a RemoteSearchSelect's search box and clicks the option once the facade's search has answered.
    public static async Task PickRemoteAsync(IPage page, string testId, string search, string label, string value)
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
        await OpenDropdown(page).Locator($"[role=option][aria-label='{label}']").ClickAsync();
        await Expect(select).ToHaveAttributeAsync("data-value", value);
        // The search text goes once picked, leaving the picked label alone in the box.
        await Expect(input).ToHaveValueAsync("");
    }
}
