using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Paging;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using Platform.Trading.Contracts.Quotes;
using Platform.Trading.Contracts.ReferenceData;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// A trader posts a two-way quote on the quote board; an approver, whose board was already open, sees it appear on
/// the next refresh, without the trader's form.
public sealed class QuoteBoardTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_trader_posts_a_quote_and_an_approver_sees_it_on_the_board()
    {
        var referenceData = Platform.Services.GetRequiredService<IReferenceData>();
        var board = Platform.Services.GetRequiredService<IQuoteBoard>();
        var bond = (await referenceData.ListBondsAsync(new BondQuery(BondTypes.PolicyBank), PageRequest.Of(1, 1), Ct)).Items[0];
        var (bidFace, askFace) = (bond.MinFaceWan * 5000, bond.MinFaceWan * 3000);

        var approver = await SignInElsewhereAsync(DemoUser.Approver);
        var approverBoard = new QuoteBoardPage(approver.Page);
        await approverBoard.OpenAsync(approver.Portal);
        await Expect(approverBoard.Form).ToHaveCountAsync(0);

        await Portal.SignInAsync(DemoUser.Trader);
        var traderBoard = new QuoteBoardPage(Portal.Page);
        await traderBoard.OpenAsync(Portal);
        await traderBoard.PickBondAsync(bond.BondId, $"{bond.BondId} {bond.ShortName}");
        await traderBoard.SetAsync("quote-bid-yield", "1.853", "1.8530");
        await traderBoard.SetAsync("quote-bid-face", Raw(bidFace), Shown(bidFace));
        await traderBoard.SetAsync("quote-ask-yield", "1.84", "1.8400");
        await traderBoard.SetAsync("quote-ask-face", Raw(askFace), Shown(askFace));
        await traderBoard.PostAsync();
        await Expect(traderBoard.Form).ToHaveAttributeAsync("data-existing", "true");
        await Expect(traderBoard.Row(bond.BondId, "trader1")).ToBeVisibleAsync();
        await Screenshots.SaveToTempAsync(Portal.Page, "quote-board-trader");

        var seen = approverBoard.Row(bond.BondId, "trader1");
        await Expect(seen).ToBeVisibleAsync();   // the approver's board polls every 5 seconds
        await Expect(seen.GetByTestId("quote-bid")).ToHaveTextAsync($"1.8530 / {Shown(bidFace)}");
        await Expect(seen.GetByTestId("quote-ask")).ToHaveTextAsync($"1.8400 / {Shown(askFace)}");
        await Expect(seen.GetByTestId("quote-stale")).ToHaveCountAsync(0);
        await Screenshots.SaveToTempAsync(approver.Page, "quote-board-approver");

        var stored = await board.ListAsync(new QuoteBoardQuery(Search: bond.BondId), PageRequest.Of(1, 10), Ct);
        var quote = Assert.Single(stored.Items, q => q.Trader == "trader1");
        Assert.Equal((1.853m, bidFace, 1.84m, askFace), (quote.BidYieldPct, quote.BidFaceWan, quote.AskYieldPct, quote.AskFaceWan));
        // The platform serves the whole run: leave the board as it was.
        await board.WithdrawAsync(bond.BondId, "trader1", Ct);
    }

    private static string Raw(decimal wan) => wan.ToString(CultureInfo.InvariantCulture);

    private static string Shown(decimal wan) => wan.ToString("#,0.####", CultureInfo.InvariantCulture);
}
