using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

public sealed class LanguageSwitchTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    [Fact]
    public async Task Switching_to_English_changes_the_menu_labels_and_back()
    {
        await Portal.SignInAsync(DemoUser.Trader);
        await Expect(Portal.MenuEntry("home")).ToHaveTextAsync("我的工作台");
        await Expect(Portal.MenuGroup("data")).ToHaveTextAsync("数据");

        await Portal.Page.Locator("#lang-en-US").ClickAsync();
        await Portal.WaitForInteractiveAsync();

        await Expect(Portal.MenuEntry("home")).ToHaveTextAsync("My workspace");
        await Expect(Portal.MenuEntry("calendar")).ToHaveTextAsync("Market calendar");
        await Expect(Portal.MenuGroup("data")).ToHaveTextAsync("Data");
        await Expect(Portal.Page.Locator("#sign-out")).ToHaveTextAsync("Sign out");
        Assert.Equal("/", Portal.Path);

        await Portal.Page.Locator("#lang-zh-CN").ClickAsync();
        await Portal.WaitForInteractiveAsync();
        await Expect(Portal.MenuEntry("home")).ToHaveTextAsync("我的工作台");
    }

    [Fact]
    public async Task The_sign_in_page_switches_language_before_signing_in()
    {
        await Portal.Page.GotoAsync("/account/login");
        await Expect(Portal.Page.Locator("#login-submit")).ToHaveTextAsync("登录");

        await Portal.Page.Locator("#lang-en-US").ClickAsync();

        await Expect(Portal.Page.Locator("#login-submit")).ToHaveTextAsync("Sign in");
        await Portal.SubmitSignInAsync(DemoUser.Trader.UserName, "wrong-password-1");
        await Expect(Portal.SignInError).ToHaveTextAsync("The user name or password is wrong");
    }
}
