using Microsoft.Playwright;

namespace Platform.E2E.Browser;

/// Debian's Chromium, driven by Playwright. Never Playwright's own browser download: it cannot work offline,
/// and the site's machines have no internet.
public sealed class ChromiumBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        // A circuit on two busy cores can take seconds to start; assertions wait for it rather than fail early.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// A fresh context per test: its own cookies (session, culture) and a desktop-sized window.
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress)
    {
        var browser = _browser ?? throw new InvalidOperationException("the browser has not started");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(20_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
