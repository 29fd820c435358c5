using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using Platform.Trading.Contracts.ReferenceData;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// A data steward's CSV import of counterparties: a file with bad rows is refused whole with each problem listed by
/// line, a good one (saved by Excel on a Chinese system, so GB18030) is imported; others may not import at all.
public sealed class ReferenceDataImportTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private const string Header = "counterpartyId,name,shortName,cfetsMemberCode,kind,whitelistStatus,creditLineWan,relatedParty,traders";

    private IReferenceData ReferenceData => Platform.Services.GetRequiredService<IReferenceData>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// Line 3 has an unknown whitelist status, line 4 a negative credit line.
    private static string BadFile => string.Join("\n",
        Header,
        "E2EBANK,端到端示范银行股份有限公司,端到端银行,E2E00001,Bank,Approved,100000,false,张三:e2ebank01",
        "E2ESEC,端到端示范证券有限公司,端到端证券,E2E00002,Securities,Blacklisted,50000,false,",
        "E2EFUND,端到端示范基金管理有限公司,端到端基金,E2E00003,Fund,Approved,-5,true,李四:e2efund01");

    private static string GoodFile => string.Join("\n",
        Header,
        "E2EBANK,端到端示范银行股份有限公司,端到端银行,E2E00001,Bank,Approved,100000,false,张三:e2ebank01",
        "E2ESEC,端到端示范证券有限公司,端到端证券,E2E00002,Securities,Watch,50000,false,",
        "E2EFUND,端到端示范基金管理有限公司,端到端基金,E2E00003,Fund,Approved,5000,true,李四:e2efund01");

    [Fact]
    public async Task A_steward_sees_both_bad_lines_and_nothing_imported_then_imports_a_good_file()
    {
        await Portal.SignInAsync(DemoUser.Steward);
        var import = new ReferenceImportPage(Portal.Page);
        await import.OpenAsync(Portal);
        await import.ChooseKindAsync(ImportKinds.Counterparties);
        await Expect(Portal.Page.GetByTestId("import-columns")).ToHaveTextAsync(Header);

        await import.ImportAsync("counterparties-bad.csv", Encoding.UTF8.GetBytes(BadFile));
        await Expect(import.Errors).ToHaveAttributeAsync("data-count", "2");
        await Expect(import.Errors).ToContainTextAsync("未导入任何数据");
        await Expect(import.ErrorAt(3)).ToHaveAttributeAsync("data-field", "whitelistStatus");
        await Expect(import.ErrorAt(4)).ToHaveAttributeAsync("data-field", "creditLineWan");
        await Expect(import.Result).ToHaveCountAsync(0);
        Assert.Null(await ReferenceData.FindCounterpartyAsync("E2EBANK", Ct));   // the good first row was not imported either
        await Screenshots.SaveToTempAsync(Portal.Page, "reference-import-errors");

        await import.ImportAsync("counterparties-good.csv", Gb18030().GetBytes(GoodFile));
        await Expect(import.Result).ToHaveAttributeAsync("data-imported", "3");
        await Expect(import.Result).ToContainTextAsync("已导入 3 行");
        await Expect(import.Errors).ToHaveCountAsync(0);
        var bank = await ReferenceData.FindCounterpartyAsync("E2EBANK", Ct);
        Assert.Equal("端到端示范银行股份有限公司", bank?.Name);   // not valid UTF-8, so read as GB18030
        Assert.Equal(WhitelistStatuses.Watch, (await ReferenceData.FindCounterpartyAsync("E2ESEC", Ct))?.WhitelistStatus);
        await Screenshots.SaveToTempAsync(Portal.Page, "reference-import");
    }

    [Fact]
    public async Task A_trader_has_no_import_entry_and_is_shown_no_access()
    {
        await Portal.SignInAsync(DemoUser.Trader);
        await Expect(Portal.MenuEntry("reference-import")).ToHaveCountAsync(0);

        await Portal.Page.GotoAsync("/trading/reference/import");
        await Portal.WaitForInteractiveAsync();

        await Expect(Portal.Page.GetByTestId("no-access")).ToBeVisibleAsync();
        await Expect(Portal.Page.GetByTestId("import-panel")).ToHaveCountAsync(0);
    }

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
