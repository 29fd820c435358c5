using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Portal;

/// The portal as a person uses it, in the words of the page: sign in, wait for the page to come alive, read the menu.
public sealed class PortalPage(IPage page)
{
    public IPage Page { get; } = page;

    public string Path => new Uri(Page.Url).AbsolutePath;

    public ILocator SignInError => Page.GetByTestId("signin-error");

    public ILocator MenuEntry(string key) => Page.GetByTestId($"menu-entry-{key}");

    public ILocator MenuGroup(string key) => Page.GetByTestId($"menu-group-{key}");

    /// Fills and posts the static sign-in form, as a person would, from wherever the browser is.
    public async Task SubmitSignInAsync(string userName, string password)
    {
        if (Path != "/account/login")
            await Page.GotoAsync("/account/login");
        await Page.Locator("#login-username").FillAsync(userName);
        await Page.Locator("#login-password").FillAsync(password);
        await Page.Locator("#login-submit").ClickAsync();
    }

    /// Signs in and waits until the landing page runs interactively.
    public async Task SignInAsync(DemoUser user)
    {
        await SubmitSignInAsync(user.UserName, DemoUser.Password);
        await WaitForInteractiveAsync();
    }

    /// The layout marks itself data-interactive="true" only once the Blazor circuit renders it; before that,
    /// clicks on the prerendered HTML would do nothing.
    public async Task WaitForInteractiveAsync() =>
        await Expect(Page.Locator("[data-testid=portal][data-interactive=true]")).ToBeVisibleAsync();

    public async Task<IReadOnlyList<string>> MenuEntryKeysAsync() => await TestIdSuffixesAsync("menu-entry-");

    public async Task<IReadOnlyList<string>> MenuGroupKeysAsync() => await TestIdSuffixesAsync("menu-group-");

    /// Navigates inside the circuit by the left menu, as a user does, and waits for the page's own marker.
    public async Task OpenFromMenuAsync(string entryKey, string pageMarkerTestId)
    {
        await MenuEntry(entryKey).ClickAsync();
        await Expect(Page.GetByTestId(pageMarkerTestId)).ToBeVisibleAsync();
    }

    private async Task<IReadOnlyList<string>> TestIdSuffixesAsync(string prefix)
    {
        var ids = await Page.Locator($"[data-testid^='{prefix}']").EvaluateAllAsync<string[]>(
            "elements => elements.map(e => e.getAttribute('data-testid'))");
        return [.. ids.Select(id => id[prefix.Length..])];
    }
}
