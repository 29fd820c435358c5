using Microsoft.Playwright;

namespace Platform.E2E.Browser;

/// Where pictures of the portal go: failures next to the test binaries (and attached to the test result),
/// reference shots of key pages under artifacts/screenshots/ or the temporary folder for people to look at.
internal static class Screenshots
{
    public static string ArtifactsFolder => Path.Combine(RepositoryRoot.Find(), "artifacts", "screenshots");

    public static string FailuresFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// Pictures for a person to look at after a run, outside the checkout.
    public static string TempFolder => Path.Combine(Path.GetTempPath(), "platform-e2e-screenshots");

    public static async Task<string> SaveReferenceAsync(IPage page, string name) =>
        await SaveAsync(page, ArtifactsFolder, name);

    public static async Task<string> SaveToTempAsync(IPage page, string name) =>
        await SaveAsync(page, TempFolder, name);

    public static async Task SaveFailureAsync(IPage page, string testName)
    {
        var safeName = string.Concat(testName.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
        var path = await SaveAsync(page, FailuresFolder, safeName);
        TestContext.Current.AddAttachment(Path.GetFileName(path), await File.ReadAllBytesAsync(path), "image/png");
    }

    private static async Task<string> SaveAsync(IPage page, string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
