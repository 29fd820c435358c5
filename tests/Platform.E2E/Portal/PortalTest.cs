using Microsoft.Playwright;
using Platform.E2E.Browser;
using Platform.E2E.Hosting;

namespace Platform.E2E.Portal;

/// Each test gets a fresh browser context (no cookies, Chinese by default) on the shared platform; a failing test
/// leaves a screenshot of what the browser showed.
public abstract class PortalTest(PlatformServer platform, ChromiumBrowser browser) : IAsyncLifetime
{
    private IBrowserContext? _context;
    private PortalPage? _portal;

    protected PlatformServer Platform { get; } = platform;

    protected PortalPage Portal => _portal ?? throw new InvalidOperationException("the browser page is not open yet");

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
        if (_portal is not null && TestContext.Current.TestState?.Result == TestResult.Failed)
            await Screenshots.SaveFailureAsync(_portal.Page, TestContext.Current.Test?.TestDisplayName ?? GetType().Name);
        if (_context is not null)
            await _context.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
