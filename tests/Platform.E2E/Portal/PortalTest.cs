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
        _portal = new PortalPage(await _context.NewPageAsync());
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
