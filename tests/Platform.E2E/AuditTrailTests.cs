using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

public sealed class AuditTrailTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    [Fact]
    public async Task Auditor_filters_the_trail_and_verifies_the_hash_chain()
    {
        await Portal.SignInAsync(DemoUser.Auditor);
        await Portal.OpenFromMenuAsync("audit", "audit-table");

        await Portal.Page.Locator("#audit-actor").FillAsync("auditor1");
        await Portal.Page.Locator("#audit-action").FillAsync("auth.");
        await Portal.Page.Locator("#audit-search").ClickAsync();
        await Expect(Portal.Page.GetByTestId("audit-table").Locator("td", new() { HasText = "auth.sign-in" }).First).ToBeVisibleAsync();

        await Portal.Page.Locator("#audit-verify").ClickAsync();
        var verification = Portal.Page.GetByTestId("audit-verification");
        await Expect(verification).ToHaveAttributeAsync("data-valid", "true");
        await Expect(verification).ToContainTextAsync("校验通过");
    }
}
