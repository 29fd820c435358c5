using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Portal;

/// The reference data import page (导入): pick what to import, choose a CSV file, import, read the outcome.
public sealed class ReferenceImportPage(IPage page)
{
    public ILocator Result => page.GetByTestId("import-result");

    public ILocator Errors => page.GetByTestId("import-errors");

    public ILocator ErrorAt(int line) => page.Locator($"[data-testid=import-error][data-line='{line}']");

    public async Task OpenAsync(PortalPage portal) => await portal.OpenFromMenuAsync("reference-import", "import-panel");

    public async Task ChooseKindAsync(string kind)
    {
        await page.GetByTestId($"import-kind-{kind}").ClickAsync();
        await Expect(page.GetByTestId("import-kind")).ToHaveAttributeAsync("data-value", kind);
    }

    /// Gives the file input a file as the browser's file chooser would, then imports it.
    public async Task ImportAsync(string fileName, byte[] content)
    {
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = content });
        await Expect(page.GetByTestId("import-file-name")).ToContainTextAsync(fileName);
        await page.Locator("#import-submit").ClickAsync();
    }
}
