using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

public sealed class UserAdminTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    [Fact]
    public async Task Admin_creates_a_user_in_the_dialog_who_then_appears_in_the_table_and_can_sign_in()
    {
        await Portal.SignInAsync(DemoUser.Admin);
        await Portal.OpenFromMenuAsync("users", "users-table");
        await Expect(Portal.Page.Locator("[data-testid=user-row][data-user=admin1]")).ToBeVisibleAsync();

        await Portal.Page.Locator("#create-user-button").ClickAsync();
        var dialog = Portal.Page.GetByTestId("create-user-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Portal.Page.Locator("#new-user-name").FillAsync("e2e.dealer");
        await Portal.Page.Locator("#new-user-display-name").FillAsync("端到端交易员 E2E Dealer");
        await Portal.Page.Locator("#new-user-password").FillAsync("Dealer@2026");
        await dialog.GetByTestId("new-user-roles").GetByText("交易员").ClickAsync();
        await Portal.Page.Locator("#create-user-submit").ClickAsync();

        await Expect(Portal.Page.Locator(".ant-message")).ToContainTextAsync("已创建用户 e2e.dealer");
        await Expect(dialog).ToBeHiddenAsync();
        var row = Portal.Page.Locator("[data-testid=user-row][data-user='e2e.dealer']");
        await Expect(row).ToBeVisibleAsync();
        await Screenshots.SaveReferenceAsync(Portal.Page, "user-admin");

        await Portal.Page.Locator("#user-search").FillAsync("e2e");
        await Portal.Page.Locator("#user-search").PressAsync("Enter");
        await Expect(Portal.Page.GetByTestId("users-total")).ToHaveTextAsync("共 1 个用户");
        await Expect(row).ToBeVisibleAsync();

        await Portal.Page.Locator("#sign-out").ClickAsync();
        await Portal.SubmitSignInAsync("e2e.dealer", "Dealer@2026");
        await Portal.WaitForInteractiveAsync();
        await Expect(Portal.Page.GetByTestId("user-display-name")).ToHaveTextAsync("端到端交易员 E2E Dealer");
        Assert.Equal(["home", "bond-calculator", "trading-tickets", "trading-ticket-new", "trading-derivatives", "trading-blotter", "trading-quotes", "reference-bonds",
                "reference-counterparties", "reference-books", "calendar", "workflow-inbox", "workflow-instances"],
            await Portal.MenuEntryKeysAsync());
    }

    [Fact]
    public async Task Bad_input_in_the_create_dialog_shows_each_problem_under_its_field_in_the_portal_language()
    {
        await Portal.SignInAsync(DemoUser.Admin);
        await Portal.OpenFromMenuAsync("users", "users-table");

        await Portal.Page.Locator("#create-user-button").ClickAsync();
        var dialog = Portal.Page.GetByTestId("create-user-dialog");
        await Portal.Page.Locator("#new-user-name").FillAsync("x");
        await Portal.Page.Locator("#new-user-display-name").FillAsync("Someone");
        await Portal.Page.Locator("#new-user-password").FillAsync("short");
        await Portal.Page.Locator("#create-user-submit").ClickAsync();

        var problems = dialog.Locator(".ant-form-item-explain-error");
        await Expect(problems).ToHaveCountAsync(3);
        await Expect(problems.Nth(0)).ToContainTextAsync("用户名须为 3 到 64 位");
        await Expect(problems.Nth(1)).ToContainTextAsync("密码至少 8 个字符");
        await Expect(problems.Nth(2)).ToContainTextAsync("请至少选择一个角色");
        await Expect(dialog).ToBeVisibleAsync();
        await Screenshots.SaveReferenceAsync(Portal.Page, "create-user-errors");
    }
}
