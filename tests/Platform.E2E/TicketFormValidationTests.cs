using System.Globalization;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

/// Bad terms on the new ticket form never reach approval: a face that is not a multiple of the bond's minimum shows
/// the desk's message under the face, a price half the valuation fails the price deviation check, and the submit
/// button stays disabled either way.
public sealed class TicketFormValidationTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    [Fact]
    public async Task A_face_off_the_minimum_and_a_price_half_off_keep_the_ticket_from_being_submitted()
    {
        var bond = await DeskDemo.PolicyBankBondAsync(Platform.Services, 2);
        await Portal.SignInAsync(DemoUser.Trader);
        var form = new NewTicketPage(Portal.Page);
        await form.OpenAsync(Portal);
        var price = await form.FillAtValuationAsync(bond, "1000");
        await Expect(form.Submit).ToBeEnabledAsync();

        var offMinimum = (bond.MinFaceWan * 1.5m).ToString(CultureInfo.InvariantCulture);
        await form.SetFaceAsync(offMinimum);
        await form.ExpectPreviewAsync(price, offMinimum, "invalid");
        await Expect(form.FieldError("faceWan")).ToContainTextAsync("整数倍");
        await Expect(form.Submit).ToBeDisabledAsync();
        await Screenshots.SaveToTempAsync(Portal.Page, "trading-new-ticket-face-error");

        await form.SetFaceAsync("1000");
        var halfOff = Math.Round(decimal.Parse(price, CultureInfo.InvariantCulture) / 2, 4).ToString(CultureInfo.InvariantCulture);
        await form.SetPriceAsync(halfOff);
        await form.ExpectPreviewAsync(halfOff, "1000");
        await Expect(form.FieldError("faceWan")).ToHaveCountAsync(0);
        await Expect(form.Check("priceDeviation")).ToHaveAttributeAsync("data-outcome", "Fail");
        await Expect(form.Preview).ToHaveAttributeAsync("data-passes", "false");
        await Expect(Portal.Page.GetByTestId("ticket-blocked")).ToBeVisibleAsync();
        await Expect(form.Submit).ToBeDisabledAsync();
        await Screenshots.SaveToTempAsync(Portal.Page, "trading-new-ticket-failed-check");
    }
}
