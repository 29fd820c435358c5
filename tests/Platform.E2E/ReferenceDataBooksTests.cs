using Microsoft.Playwright;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// The demo book hierarchy, indented with each book's accounting class; a data steward grants a dealer authority in a
/// book and removes it again, which a trader may not.
public sealed class ReferenceDataBooksTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private const string Book = "CREDIT-TRD";
    private const string Dealer = "e2e-dealer";

    [Fact]
    public async Task A_steward_grants_a_dealer_authority_in_a_book_and_removes_it()
    {
        await Portal.SignInAsync(DemoUser.Steward);
        await Portal.OpenFromMenuAsync("reference-books", "books-table");
        var page = Portal.Page;
        await Expect(NodeRow(page, "FIRM").GetByTestId("book-row")).ToHaveAttributeAsync("data-depth", "0");
        await Expect(NodeRow(page, "RATES-TRD").GetByTestId("book-row")).ToHaveAttributeAsync("data-depth", "3");
        await Expect(NodeRow(page, "RATES-TRD").GetByTestId("accounting-class")).ToHaveAttributeAsync("data-class", "FVTPL");
        await Expect(NodeRow(page, "RATES-HTM").GetByTestId("accounting-class")).ToHaveAttributeAsync("data-class", "AC");
        await Screenshots.SaveToTempAsync(page, "reference-books");

        await page.Locator($"#book-authority-{Book}").ClickAsync();
        await Expect(Dialog(page)).ToBeVisibleAsync();
        await page.Locator("#authority-user").FillAsync(Dealer);
        await SaveMaxFaceAsync(page, "5000", "5,000");
        var granted = NodeRow(page, Book).Locator($"[data-testid=book-trader][data-user='{Dealer}']");
        await Expect(granted).ToHaveTextAsync($"{Dealer}: 5,000");

        await granted.Locator(".ant-tag").ClickAsync();   // opens the dialog on this dealer
        await Expect(Dialog(page)).ToBeVisibleAsync();
        await Expect(page.Locator("#authority-user")).ToHaveValueAsync(Dealer);
        await Expect(MaxFace(page)).ToHaveValueAsync("5,000");
        await SaveMaxFaceAsync(page, "0", "0");
        await Expect(granted).ToHaveCountAsync(0);

        var trader = await SignInElsewhereAsync(DemoUser.Trader);
        await trader.Portal.OpenFromMenuAsync("reference-books", "books-table");
        await Expect(NodeRow(trader.Page, Book)).ToBeVisibleAsync();
        await Expect(trader.Page.Locator("[id^=book-authority-]")).ToHaveCountAsync(0);
    }

    /// Types the limit and leaves the input, which is when Ant's InputNumber takes it, and waits for the circuit to
    /// show it formatted, so that Save does not race it; then saves and waits for the dialog to close, so that the next
    /// one opened is not mistaken for this one on its way out.
    private static async Task SaveMaxFaceAsync(IPage page, string typed, string formatted)
    {
        await MaxFace(page).FillAsync(typed);
        await MaxFace(page).BlurAsync();
        await Expect(MaxFace(page)).ToHaveValueAsync(formatted);
        await page.Locator("#authority-save").ClickAsync();
        await Expect(Dialog(page)).ToBeHiddenAsync();
    }

    private static ILocator Dialog(IPage page) => page.GetByTestId("authority-dialog");

    // Ant's InputNumber puts the id on its wrapper.
    private static ILocator MaxFace(IPage page) => page.Locator("#authority-max-face input");

    private static ILocator NodeRow(IPage page, string nodeId) =>
        page.Locator("tr.ant-table-row").Filter(new() { Has = page.Locator($"[data-testid=book-row][data-node-id='{nodeId}']") });
}
