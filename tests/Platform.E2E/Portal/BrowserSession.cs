using Microsoft.Playwright;
using Platform.E2E.Browser;

namespace Platform.E2E.Portal;

/// One demo user signed in in a browser context of their own (own cookies, zh-CN), for tests where several people
/// take turns on one process, each in their own window. PortalTest opens them and closes them with the test.
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserSession(IBrowserContext context, PortalPage portal, DemoUser user) => (_context, Portal, User) = (context, portal, user);

    public DemoUser User { get; }

    public PortalPage Portal { get; }

    public IPage Page => Portal.Page;

    public static async Task<BrowserSession> SignInAsync(ChromiumBrowser browser, Uri baseAddress, DemoUser user, int width = 1280, int height = 800)
    {
        var context = await browser.NewContextAsync(baseAddress);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        // What the browser complains about goes into the test's output, named by user.
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
                TestContext.Current.TestOutputHelper?.WriteLine($"browser ({user.UserName}) {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => TestContext.Current.TestOutputHelper?.WriteLine($"browser ({user.UserName}) page error: {error}");
        var session = new BrowserSession(context, new PortalPage(page), user);
        await session.Portal.SignInAsync(user);
        return session;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
