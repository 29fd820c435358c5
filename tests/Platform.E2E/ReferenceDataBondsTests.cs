using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Paging;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// The bond list as a trader uses it on the demo reference data: filtered to certificates of deposit, searched, and a
/// bond opened in the drawer with its codes and a year of valuations drawn by ECharts (bundled, never fetched).
public sealed class ReferenceDataBondsTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private IReferenceData ReferenceData => Platform.Services.GetRequiredService<IReferenceData>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_trader_filters_to_certificates_of_deposit_searches_one_and_sees_its_codes_and_valuation_chart()
    {
        // The demo bonds are generated relative to today: the test asks the facade which NCD has the longest history.
        var ncds = await ReferenceData.ListBondsAsync(new BondQuery(BondTypes.Ncd), PageRequest.Of(1, PageRequest.MaxPageSize), Ct);
        var bond = ncds.Items.OrderBy(b => b.IssueDate).First();
        var matching = await ReferenceData.ListBondsAsync(new BondQuery(BondTypes.Ncd, bond.BondId), PageRequest.Of(1, 20), Ct);
        var today = ((IClock)SystemClock.Instance).Today();
        var history = await ReferenceData.ValuationHistoryAsync(bond.BondId, today.AddYears(-1), today, Ct);
        Assert.True(history.Count > 1, $"the demo NCD {bond.BondId} has {history.Count} valuations");
        var offLoopback = new OffLoopbackRequests(Portal.Page);

        await Portal.SignInAsync(DemoUser.Trader);
        var bonds = new BondsPage(Portal.Page);
        await bonds.OpenAsync(Portal);
        await Screenshots.SaveToTempAsync(Portal.Page, "reference-bonds");

        await bonds.FilterByTypeAsync("同业存单", BondTypes.Ncd, ncds.Total);
        var types = await bonds.Rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.bondType)");
        Assert.NotEmpty(types);
        Assert.All(types, type => Assert.Equal(BondTypes.Ncd, type));

        await bonds.SearchAsync(bond.BondId, matching.Total);
        await Expect(bonds.Row(bond.BondId)).ToBeVisibleAsync();
        await bonds.OpenBondAsync(bond.BondId);

        foreach (var code in bond.Codes)
            await Expect(bonds.Drawer.Locator($"[data-testid=bond-code][data-market='{code.Market}']")).ToHaveTextAsync($"{code.Market}:{code.Code}");
        await Expect(bonds.Drawer.GetByTestId("bond-coupon")).ToHaveTextAsync("—");   // a discount bond
        var chart = bonds.Drawer.GetByTestId("valuation-chart");
        await Expect(chart.Locator("canvas")).ToBeVisibleAsync();
        await Expect(chart).ToHaveAttributeAsync("data-points", history.Count.ToString(CultureInfo.InvariantCulture));
        await Expect(bonds.Drawer.GetByTestId("valuation-clean")).ToHaveTextAsync(history[^1].CleanPrice.ToString("F4", CultureInfo.InvariantCulture));
        await chart.ScrollIntoViewIfNeededAsync();   // the drawer scrolls on its own; the picture should show the chart
        await Screenshots.SaveToTempAsync(Portal.Page, "reference-bond-drawer");

        Assert.Empty(offLoopback.Urls);
    }

    [Fact]
    public async Task In_English_the_bond_types_and_columns_are_labelled_as_the_market_says()
    {
        var treasuries = await ReferenceData.ListBondsAsync(new BondQuery(BondTypes.Treasury), PageRequest.Of(1, 1), Ct);
        await Portal.SignInAsync(DemoUser.Approver);
        await Portal.Page.Locator("#lang-en-US").ClickAsync();
        // The switch reloads the page: until the English menu shows, the Chinese page (and its circuit) may still be there.
        await Expect(Portal.MenuGroup("reference")).ToHaveTextAsync("Reference data");
        await Portal.WaitForInteractiveAsync();
        var bonds = new BondsPage(Portal.Page);
        await bonds.OpenAsync(Portal);

        await Expect(Portal.Page.Locator("h1")).ToHaveTextAsync("Bonds");
        await bonds.FilterByTypeAsync("Treasury", BondTypes.Treasury, treasuries.Total);
        await Expect(bonds.Table.Locator("th").Filter(new() { HasText = "Ratings (external / implied)" })).ToBeVisibleAsync();
        await Screenshots.SaveToTempAsync(Portal.Page, "reference-bonds-en");
    }
}
