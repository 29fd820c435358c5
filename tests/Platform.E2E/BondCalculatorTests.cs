using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// The bond calculator as a trader uses it, on case cn_fixed_bond-p0001 of the shared reference vectors.
public sealed class BondCalculatorTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private async Task FillBondAsync(string settlement)
    {
        await Portal.Page.Locator("#calc-coupon").FillAsync("2.49");
        await Portal.Page.Locator("#calc-frequency").SelectOptionAsync("1");
        await Portal.Page.Locator("#calc-issue").FillAsync("2009-11-15");
        await Portal.Page.Locator("#calc-maturity").FillAsync("2024-11-15");
        await Portal.Page.Locator("#calc-settlement").FillAsync(settlement);
    }

    [Fact]
    public async Task A_trader_prices_a_bond_from_yield_and_back_from_price()
    {
        await Portal.SignInAsync(DemoUser.Trader);
        await Portal.OpenFromMenuAsync("bond-calculator", "calculator-form");

        await FillBondAsync("2021-11-15");
        await Portal.Page.Locator("#calc-mode").SelectOptionAsync("yield");
        await Portal.Page.Locator("#calc-value").FillAsync("1.5952");
        await Portal.Page.Locator("#calc-submit").ClickAsync();

        await Expect(Portal.Page.GetByTestId("result-clean")).ToHaveTextAsync("102.600981");   // reference 102.60098057508512
        await Expect(Portal.Page.GetByTestId("calculator-flows").Locator("tbody tr")).ToHaveCountAsync(3);
        await Screenshots.SaveReferenceAsync(Portal.Page, "bond-calculator");

        await Portal.Page.Locator("#calc-mode").SelectOptionAsync("price");
        await Portal.Page.Locator("#calc-value").FillAsync("97.2025");
        await Portal.Page.Locator("#calc-submit").ClickAsync();

        await Expect(Portal.Page.GetByTestId("result-yield")).ToHaveTextAsync("3.488300");      // reference 0.034883002174518375
    }

    [Fact]
    public async Task Settlement_after_maturity_shows_the_problem_under_the_settlement_date()
    {
        await Portal.SignInAsync(DemoUser.Risk);
        await Portal.OpenFromMenuAsync("bond-calculator", "calculator-form");

        await FillBondAsync("2025-01-06");
        await Portal.Page.Locator("#calc-submit").ClickAsync();

        await Expect(Portal.Page.Locator(".calculator-error")).ToContainTextAsync("2024-11-15");
        await Expect(Portal.Page.GetByTestId("calculator-results")).ToHaveCountAsync(0);
    }
}
