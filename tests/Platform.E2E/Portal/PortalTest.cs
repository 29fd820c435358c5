using Microsoft.Playwright;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;

namespace Platform.E2E.Portal;

/// Each test gets a fresh browser context (no cookies, Chinese by default) on the shared platform, and more for each
/// other person it signs in; a failing test leaves a screenshot of what each browser showed.
public abstract class PortalTest(PlatformServer platform, ChromiumBrowser browser) : IAsyncLifetime
{
    private readonly List<BrowserSession> _sessions = [];
    private IBrowserContext? _context;
    private PortalPage? _portal;

    protected PlatformServer Platform { get; } = platform;

    protected PortalPage Portal => _portal ?? throw new InvalidOperationException("the browser page is not open yet");

    /// Signs a person in in a browser context of their own, closed with the test, for tests where several people
    /// take turns on one process.
    protected async Task<BrowserSession> SignInElsewhereAsync(DemoUser user, int width = 1280, int height = 800)
    {
        var session = await BrowserSession.SignInAsync(browser, Platform.BaseAddress, user, width, height);
        _sessions.Add(session);
        return session;
    }

    public async ValueTask InitializeAsync()
    {
        _context = await browser.NewContextAsync(Platform.BaseAddress);
        var page = await _context.NewPageAsync();
        // What the browser complains about goes into the test's output: the first clue when a page never comes alive.
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
                TestContext.Current.TestOutputHelper?.WriteLine($"browser {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => TestContext.Current.TestOutputHelper?.WriteLine($"browser page error: {error}");
        _portal = new PortalPage(page);
    }

    public async ValueTask DisposeAsync()
    {
        var failed = TestContext.Current.TestState?.Result == TestResult.Failed;
        var testName = TestContext.Current.Test?.TestDisplayName ?? GetType().Name;
        if (_portal is not null && failed)
            await Screenshots.SaveFailureAsync(_portal.Page, testName);
        foreach (var session in _sessions)
        {
            if (failed)
                await Screenshots.SaveFailureAsync(session.Page, testName + "-" + session.User.UserName);
            await session.DisposeAsync();
        }
        if (_context is not null)
            await _context.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
