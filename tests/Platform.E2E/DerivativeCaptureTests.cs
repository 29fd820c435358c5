using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using Platform.SharedKernel.Calendars;
using Platform.Trading.Contracts.Derivatives;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// A trader captures an FR007 5-year payer swap on the derivatives page, sees its terms (20 quarterly periods cleared
/// at SHCH) and every check pass, books it and finds it in the book's list; a tenor that is none is refused under its
/// field; then a standard bond forward on the first listed CDB10 contract is booked at par with the yield it implies.
public sealed class DerivativeCaptureTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_trader_books_a_swap_and_a_standard_bond_forward_and_a_bad_tenor_is_refused_under_its_field()
    {
        var desk = Platform.Services.GetRequiredService<IDerivativesDesk>();
        var stamp = DateTime.UtcNow.ToString("HHmmssfff", CultureInfo.InvariantCulture);
        await Portal.SignInAsync(DemoUser.Trader);
        var page = new DerivativesPage(Portal.Page);
        await page.OpenAsync(Portal);
        await Expect(Portal.Page.GetByTestId("swap-convention")).ToHaveAttributeAsync("data-value", "FR007");
        await Expect(Portal.Page.GetByTestId("swap-direction")).ToHaveAttributeAsync("data-value", "Payer");

        await page.FillSwapAsync("10000", "1.85", "5Y", "IRS" + stamp);
        await page.ExpectSwapPreviewAsync("10000", "1.85", "5Y");
        var tradeDate = await page.TradeDateAsync("swap");
        var preview = page.SwapPreview;
        await Expect(preview.GetByTestId("swap-periods")).ToHaveTextAsync("20");
        await Expect(preview.GetByTestId("swap-clearing")).ToHaveAttributeAsync("data-value", "SHCH");
        await Expect(preview.GetByTestId("swap-reset")).ToHaveTextAsync("7D");
        await Expect(preview.GetByTestId("swap-effective")).ToHaveTextAsync(Iso(MarketCalendars.CnInterbank.NextBusinessDay(tradeDate)));
        await Expect(preview.GetByTestId("swap-fixed-leg")).ToContainTextAsync("ACT/365F");
        await DerivativesPage.ExpectEveryCheckPassesAsync(preview, 2);
        await Expect(preview).ToHaveAttributeAsync("data-passes", "true");
        await Expect(page.ListBook).ToHaveAttributeAsync("data-value", DeskDemo.Book);   // the list follows the book captured in
        await Screenshots.SaveToTempAsync(Portal.Page, "trading-derivatives-swap");

        var key = await page.SwapCapture.GetAttributeAsync("data-idempotency-key");
        await page.SwapSubmit.ClickAsync();
        var swapId = await page.BookedTradeIdAsync(DerivativeKinds.Swap);
        Assert.Matches(new Regex(@"^RATES-TRD-D\d{8}$"), swapId);
        await Expect(Portal.Page.Locator(".ant-message")).ToContainTextAsync(swapId);
        var row = page.Row(swapId);
        await Expect(row.GetByTestId("derivative-instrument")).ToHaveTextAsync("FR007");
        await Expect(row.GetByTestId("derivative-notional")).ToHaveAttributeAsync("data-value", "10000");
        await Expect(row.GetByTestId("derivative-rate")).ToHaveTextAsync("1.8500%");
        await Expect(row.GetByTestId("derivative-deal")).ToHaveTextAsync("IRS" + stamp);
        // The next booking from the form is another deal: another key, and the figures to type again.
        await Expect(page.SwapCapture).Not.ToHaveAttributeAsync("data-idempotency-key", key!);
        await Expect(page.SwapPreview).ToHaveAttributeAsync("data-state", "incomplete");
        var booked = await desk.FindAsync(swapId, Ct);
        Assert.Equal((20, "ICBC", "IRS" + stamp), (booked?.Swap?.Periods, booked?.CounterpartyId, booked?.CfetsDealNumber));

        await page.SetSwapFiguresAsync("10000", "1.85", "5X");
        await page.ExpectSwapPreviewAsync("10000", "1.85", "5X", "invalid");
        await Expect(page.FieldError("swap", "tenor")).ToContainTextAsync("5X");
        await Expect(page.SwapSubmit).ToBeDisabledAsync();
        await Screenshots.SaveToTempAsync(Portal.Page, "trading-derivatives-bad-tenor");

        var contract = (await desk.ForwardContractsAsync(tradeDate, Ct)).First(c => c.Product == "CDB10");
        await page.OpenForwardTabAsync();
        await page.FillForwardAsync(contract.Code, "Sell", "5000", "100", "FWD" + stamp);
        await page.ExpectForwardPreviewAsync(contract.Code, "5000", "100");
        var forwardPreview = page.ForwardPreview;
        await Expect(forwardPreview.GetByTestId("forward-delivery")).ToHaveTextAsync(Iso(contract.DeliveryDate));
        await Expect(forwardPreview.GetByTestId("forward-yield")).ToHaveTextAsync(new Regex(@"^\d\.\d{4}%$"));
        await DerivativesPage.ExpectEveryCheckPassesAsync(forwardPreview, 2);
        await Screenshots.SaveToTempAsync(Portal.Page, "trading-derivatives-forward");
        await page.ForwardSubmit.ClickAsync();
        var forwardId = await page.BookedTradeIdAsync(DerivativeKinds.BondForward);
        var forwardRow = page.Row(forwardId);
        await Expect(forwardRow.GetByTestId("derivative-instrument")).ToHaveTextAsync(contract.Code);
        await Expect(forwardRow.GetByTestId("derivative-direction")).ToHaveAttributeAsync("data-value", "Sell");
        await Expect(forwardRow.GetByTestId("derivative-maturity")).ToHaveTextAsync(Iso(contract.DeliveryDate));
        await Expect(page.Row(swapId)).ToBeVisibleAsync();
        await Screenshots.SaveToTempAsync(Portal.Page, "trading-derivatives");

        await Portal.Page.GetByTestId("kind-Swap").ClickAsync();
        await Expect(page.Row(forwardId)).ToHaveCountAsync(0);
        await Expect(page.Row(swapId)).ToBeVisibleAsync();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
