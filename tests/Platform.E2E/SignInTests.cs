using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

public sealed class SignInTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    [Fact]
    public async Task Wrong_password_shows_the_error_and_stays_on_the_sign_in_page()
    {
        await Portal.SubmitSignInAsync(DemoUser.Approver.UserName, "not-the-password-1");

        await Expect(Portal.SignInError).ToHaveTextAsync("用户名或密码错误");
        Assert.Equal("/account/login", Portal.Path);
        await Expect(Portal.Page.Locator("#login-password")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task Unknown_user_reads_exactly_like_a_wrong_password()
    {
        await Portal.SubmitSignInAsync("nobody.here", "whatever-123");

        await Expect(Portal.SignInError).ToHaveTextAsync("用户名或密码错误");
        Assert.Equal("/account/login", Portal.Path);
    }

    [Fact]
    public async Task Unauthenticated_visit_to_user_admin_lands_on_sign_in_and_returns_there_after_it()
    {
        await Portal.Page.GotoAsync("/admin/users");

        Assert.Equal("/account/login", Portal.Path);
        await Expect(Portal.Page.Locator("#login-username")).ToBeVisibleAsync();

        await Portal.SignInAsync(DemoUser.Admin);
        Assert.Equal("/admin/users", Portal.Path);
        await Expect(Portal.Page.Locator("[data-testid=user-row][data-user=admin1]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await Portal.SignInAsync(DemoUser.Trader);

        await Portal.Page.Locator("#sign-out").ClickAsync();

        await Expect(Portal.Page.Locator("#login-username")).ToBeVisibleAsync();
        Assert.Equal("/account/login", Portal.Path);
        await Portal.Page.GotoAsync("/");
        Assert.Equal("/account/login", Portal.Path);
    }
}
