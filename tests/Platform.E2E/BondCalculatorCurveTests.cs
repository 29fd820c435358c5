using System.Collections.Concurrent;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// A demo bond picked in the bond calculator, priced, and put on the demo government curve, which ECharts (bundled
/// with the portal, never fetched from the internet) draws on a canvas.
public sealed class BondCalculatorCurveTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private const string ChartElement = "document.querySelector('[data-testid=yield-curve-chart]')";

    [Fact]
    public async Task A_trader_picks_a_demo_bond_types_a_yield_and_sees_the_bond_on_the_curve()
    {
        var offLoopback = new ConcurrentQueue<string>();
        Portal.Page.Request += (_, request) => RecordUnlessLoopback(request.Url, offLoopback);
        Portal.Page.WebSocket += (_, socket) => RecordUnlessLoopback(socket.Url, offLoopback);
        await Portal.SignInAsync(DemoUser.Trader);
        await Portal.OpenFromMenuAsync("bond-calculator", "calculator-form");

        await Portal.Page.Locator("#calc-bond").SelectOptionAsync("260006");   // 26附息国债06, 1.62 % annual to 2036-05-25
        await Expect(Portal.Page.Locator("#calc-coupon")).ToHaveValueAsync("1.62");
        await Expect(Portal.Page.Locator("#calc-issue")).ToHaveValueAsync("2026-05-25");
        await Expect(Portal.Page.Locator("#calc-maturity")).ToHaveValueAsync("2036-05-25");
        await Portal.Page.Locator("#calc-settlement").FillAsync("2026-11-26");
        await Portal.Page.Locator("#calc-mode").SelectOptionAsync("yield");
        await Portal.Page.Locator("#calc-value").FillAsync("1.85");
        await Portal.Page.Locator("#calc-submit").ClickAsync();

        await Expect(Portal.Page.GetByTestId("result-clean")).ToHaveTextAsync("98.010597");   // library: 98.01059689762124
        await Expect(Portal.Page.GetByTestId("result-ispread")).ToHaveTextAsync("3.26");     // 1.85 % less the curve's 1.8174 % at 9.5014 years
        await Expect(Portal.Page.GetByTestId("yield-curve-chart").Locator("canvas")).ToBeVisibleAsync();
        Assert.Equal("9.501370 1.850000", await BondPointAsync("9.501370 1.850000"));   // years ACT/365F, yield %
        Assert.True(await PaintedPixelsAsync() > 2_000, "the chart's canvas is blank");
        await Screenshots.SaveReferenceAsync(Portal.Page, "bond-calculator-curve");

        Assert.Empty(offLoopback);
    }

    [Fact]
    public async Task A_demo_certificate_of_deposit_fills_the_form_as_a_discount_bond()
    {
        await Portal.SignInAsync(DemoUser.Trader);
        await Portal.OpenFromMenuAsync("bond-calculator", "calculator-form");

        await Portal.Page.Locator("#calc-bond").SelectOptionAsync("112605123");   // 26工商银行CD123 to 2027-10-16
        await Expect(Portal.Page.Locator("#calc-kind")).ToHaveValueAsync("zero");
        await Expect(Portal.Page.Locator("#calc-coupon")).ToHaveCountAsync(0);
        await Expect(Portal.Page.Locator("#calc-maturity")).ToHaveValueAsync("2027-10-16");

        await Portal.Page.Locator("#calc-maturity").FillAsync("2027-10-18");   // typing the terms still works...
        await Expect(Portal.Page.Locator("#calc-bond")).ToHaveValueAsync("");   // ...and they are no longer the demo bond's
    }

    /// The x and y of the highlighted bond point as the chart holds them, once they are the ones expected or after
    /// a few seconds (the chart redraws after the circuit's render).
    private async Task<string> BondPointAsync(string expected)
    {
        var point = "";
        for (var attempt = 0; attempt < 50 && point != expected; attempt++)
        {
            if (attempt > 0) await Task.Delay(200, TestContext.Current.CancellationToken);
            point = await Portal.Page.EvaluateAsync<string>(
                $"() => {{ const c = globalThis.echarts && echarts.getInstanceByDom({ChartElement}); const p = c && c.getOption().series[2].data[0]; " +
                "return p ? p.value.map(v => v.toFixed(6)).join(' ') : ''; }");
        }
        return point;
    }

    private async Task<int> PaintedPixelsAsync() => await Portal.Page.EvaluateAsync<int>(
        $"() => {{ const canvas = {ChartElement}.querySelector('canvas'); " +
        "const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data; " +
        "let painted = 0; for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++; return painted; }");

    private static void RecordUnlessLoopback(string url, ConcurrentQueue<string> offLoopback)
    {
        var uri = new Uri(url);
        if (uri.Scheme is "http" or "https" or "ws" or "wss" && !(uri.IsLoopback))
            offLoopback.Enqueue(url);
    }
}
