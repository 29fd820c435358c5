using Platform.E2E.Browser;
using Platform.E2E.Hosting;
using Platform.E2E.Portal;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E;

public sealed class RoleMenuTests(PlatformServer platform, ChromiumBrowser browser) : PortalTest(platform, browser)
{
    /// What each role may open today: everyone the workspace, the dealer quote board, the reference data (bonds,
    /// counterparties, books), the calendar, the workflow inbox and instances; data stewards and admins the reference
    /// data import; the front and middle office the bond calculator; traders and admins the new ticket, their tickets and
    /// the derivatives capture, and with them those who approve, watch or audit the desk the blotter; workflow designers
    /// and admins the workflow designer; admins the users, auditors the trail.
    public static TheoryData<string, string[], string[]> Menus => new()
    {
        { "trader1", ["home", "bond-calculator", .. Tickets, "trading-derivatives", "trading-blotter", "trading-quotes", .. Reference, "calendar", .. Workflows],
            ["workspace", "front", "reference", "data", "workflows"] },
        { "approver1", ["home", "bond-calculator", "trading-blotter", "trading-quotes", .. Reference, "calendar", .. Workflows],
            ["workspace", "front", "reference", "data", "workflows"] },
        { "risk1", ["home", "bond-calculator", "trading-blotter", "trading-quotes", .. Reference, "calendar", .. Workflows],
            ["workspace", "front", "reference", "data", "workflows"] },
        { "compliance1", ["home", "trading-blotter", "trading-quotes", .. Reference, "calendar", .. Workflows], ["workspace", "front", "reference", "data", "workflows"] },
        { "settle1", ["home", "trading-quotes", .. Reference, "calendar", .. Workflows], ["workspace", "front", "reference", "data", "workflows"] },
        { "steward1", ["home", "trading-quotes", .. Reference, "reference-import", "calendar", .. Workflows], ["workspace", "front", "reference", "data", "workflows"] },
        { "designer1", ["home", "trading-quotes", .. Reference, "calendar", .. Workflows, "workflow-designer"], ["workspace", "front", "reference", "data", "workflows"] },
        { "auditor1", ["home", "trading-blotter", "trading-quotes", .. Reference, "calendar", .. Workflows, "audit"],
            ["workspace", "front", "reference", "data", "workflows", "admin"] },
        { "admin1", ["home", .. Tickets, "trading-derivatives", "trading-blotter", "trading-quotes", .. Reference, "reference-import", "calendar", .. Workflows, "workflow-designer", "users"],
            ["workspace", "front", "reference", "data", "workflows", "admin"] },
    };

    /// A trader's own ticket entries: their tickets and the new ticket form.
    private static readonly string[] Tickets = ["trading-tickets", "trading-ticket-new"];

    /// Every signed-in user's reference data entries: bonds, counterparties and books.
    private static readonly string[] Reference = ["reference-bonds", "reference-counterparties", "reference-books"];

    /// Every signed-in user's workflow entries: the inbox (待办) and the process instances.
    private static readonly string[] Workflows = ["workflow-inbox", "workflow-instances"];

    [Theory]
    [MemberData(nameof(Menus))]
    public async Task Each_demo_user_sees_exactly_the_menu_of_their_role(string userName, string[] entries, string[] groups)
    {
        var user = DemoUser.Named(userName);

        await Portal.SignInAsync(user);

        await Expect(Portal.Page.GetByTestId("user-display-name")).ToHaveTextAsync(user.DisplayName);
        Assert.Equal(entries, await Portal.MenuEntryKeysAsync());
        Assert.Equal(groups, await Portal.MenuGroupKeysAsync());
    }

    [Fact]
    public async Task Home_greets_the_user_and_says_whether_the_markets_open_today()
    {
        await Portal.SignInAsync(DemoUser.Risk);

        IClock clock = SystemClock.Instance;
        var today = clock.Today();   // Beijing date, as the page computes it
        await Expect(Portal.Page.GetByTestId("greeting")).ToContainTextAsync(DemoUser.Risk.DisplayName);
        await Expect(Portal.Page.GetByTestId("home-roles")).ToHaveTextAsync("风控专员");
        await Expect(Portal.Page.GetByTestId("home-today")).ToHaveAttributeAsync("data-date", today.ToString("yyyy-MM-dd"));
        await Expect(Portal.Page.GetByTestId("home-market-cn-interbank")).ToHaveAttributeAsync("data-open", OpenAttribute(MarketCalendars.CnInterbank, today));
        await Expect(Portal.Page.GetByTestId("home-market-cn-exchange")).ToHaveAttributeAsync("data-open", OpenAttribute(MarketCalendars.CnExchange, today));
        await Screenshots.SaveReferenceAsync(Portal.Page, "home");
    }

    [Fact]
    public async Task Market_calendar_marks_the_national_day_holidays_and_the_inter_bank_working_weekend()
    {
        await Portal.SignInAsync(DemoUser.Steward);
        await Portal.Page.GotoAsync("/calendar?year=2025&month=10");
        await Portal.WaitForInteractiveAsync();

        var interbank = Portal.Page.GetByTestId("calendar-cn-interbank");
        var exchange = Portal.Page.GetByTestId("calendar-cn-exchange");
        await Expect(interbank.Locator("td[data-date='2025-10-01']")).ToHaveAttributeAsync("data-kind", "holiday");
        await Expect(exchange.Locator("td[data-date='2025-10-08']")).ToHaveAttributeAsync("data-kind", "holiday");
        await Expect(interbank.Locator("td[data-date='2025-10-11']")).ToHaveAttributeAsync("data-kind", "working-weekend");
        await Expect(exchange.Locator("td[data-date='2025-10-11']")).ToHaveAttributeAsync("data-kind", "weekend");
        await Expect(interbank.Locator("td[data-date='2025-10-09']")).ToHaveAttributeAsync("data-kind", "business");

        await Portal.Page.Locator("#calendar-prev").ClickAsync();
        await Expect(interbank.Locator("td[data-date='2025-09-28']")).ToHaveAttributeAsync("data-kind", "working-weekend");
    }

    private static string OpenAttribute(IBusinessCalendar calendar, DateOnly date) =>
        date < calendar.FirstCoveredDate || date > calendar.LastCoveredDate ? "unknown"
        : calendar.IsBusinessDay(date) ? "true" : "false";
}
