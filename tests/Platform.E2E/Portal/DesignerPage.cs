using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Portal;

/// The workflow designer as a designer uses it: bpmn-js's canvas (palette, context pad, replace menu) clicked like a
/// person does, and the portal's own properties panel, toolbar and versions tab.
public sealed class DesignerPage(IPage page)
{
    public ILocator Panel => page.GetByTestId("properties-panel");

    public ILocator Result => page.GetByTestId("designer-result");

    public ILocator Canvas => page.GetByTestId("bpmn-modeler");

    public ILocator Shape(string elementId) => Canvas.Locator($".djs-shape[data-element-id='{elementId}']");

    /// Opens the page from the menu, waits for bpmn-js, and starts a new diagram.
    public async Task OpenAndStartNewAsync(PortalPage portal)
    {
        await portal.OpenFromMenuAsync("workflow-designer", "workflow-designer");
        await Expect(Canvas).ToHaveAttributeAsync("data-ready", "true");
        // The page opens a diagram of its own once bpmn-js is ready. Until "new" has replaced it (another generated
        // process id), what the test types would go to the diagram about to be replaced: lost, or refused by bpmn-js
        // for an element that is gone.
        await Expect(Panel).ToHaveAttributeAsync("data-element-type", "bpmn:Process");
        var first = await Panel.GetAttributeAsync("data-element-id") ?? "";
        await page.Locator("#designer-new").ClickAsync();
        await Expect(Panel).Not.ToHaveAttributeAsync("data-element-id", first);
        await Expect(Shape("Start")).ToBeVisibleAsync();
        await Expect(Panel).ToHaveAttributeAsync("data-element-type", "bpmn:Process");
    }

    /// Clicks an element on the canvas, which selects it and shows its context pad; bpmn-js deselects an element
    /// clicked again, so one already selected is left as it is.
    public async Task SelectOnCanvasAsync(string elementId)
    {
        if (await Panel.GetAttributeAsync("data-element-id") != elementId)
            await Shape(elementId).ClickAsync();
        await Expect(Panel).ToHaveAttributeAsync("data-element-id", elementId);
    }

    /// Clicks the canvas's empty top right corner (the bottom right holds the bpmn.io mark): nothing selected, so the
    /// panel shows the process.
    public async Task SelectProcessAsync()
    {
        var box = (await Canvas.BoundingBoxAsync())!;
        await Canvas.ClickAsync(new LocatorClickOptions { Position = new Position { X = box.Width - 30, Y = 30 } });
        await Expect(Panel).ToHaveAttributeAsync("data-element-type", "bpmn:Process");
    }

    /// Appends a task to the selected element through its context pad, changes it into a user task with the wrench
    /// (replace menu), and gives it an id through the properties panel.
    public async Task AppendUserTaskAsync(string id)
    {
        await ContextPadAsync("append.append-task");
        await Expect(Panel).ToHaveAttributeAsync("data-element-type", "bpmn:Task");
        await ContextPadAsync("replace");
        await page.Locator(".djs-popup [data-id='replace-with-user-task']").ClickAsync();
        await Expect(Panel).ToHaveAttributeAsync("data-element-type", "bpmn:UserTask");
        await SetAsync("#prop-id", id);
        await Expect(Panel).ToHaveAttributeAsync("data-element-id", id);
    }

    /// Appends an end event to the selected element through its context pad.
    public async Task AppendEndEventAsync()
    {
        await ContextPadAsync("append.end-event");
        await Expect(Panel).ToHaveAttributeAsync("data-element-type", "bpmn:EndEvent");
    }

    public async Task ContextPadAsync(string action) =>
        await page.Locator($".djs-context-pad [data-action='{action}']").ClickAsync();

    /// Types into a properties-panel input and leaves it, which applies the value to the diagram.
    public async Task SetAsync(string selector, string value)
    {
        var input = page.Locator(selector);
        await input.FillAsync(value);
        await input.BlurAsync();
    }

    public async Task CheckAsync(string selector) => await page.Locator(selector).CheckAsync();

    public async Task ValidateAsync(string expectedOutcome)
    {
        await page.Locator("#designer-validate").ClickAsync();
        await Expect(Result).ToHaveAttributeAsync("data-outcome", expectedOutcome);
    }

    public async Task DeployAsync(string expectedOutcome)
    {
        await page.Locator("#designer-deploy").ClickAsync();
        await Expect(Result).ToHaveAttributeAsync("data-outcome", expectedOutcome);
    }

    public ILocator Problems(string elementId) => Result.Locator($"[data-testid=designer-problem][data-element-id='{elementId}']");

    public async Task OpenVersionsTabAsync()
    {
        await page.Locator(".designer-tabs .ant-tabs-tab").Nth(1).ClickAsync();
        await Expect(page.GetByTestId("designer-versions")).ToBeVisibleAsync();
    }

    public ILocator VersionRow(int version) => page.Locator($"[data-testid=version-row][data-version='{version}']");

    public ILocator DiffRow(string elementId) => page.Locator($"[data-testid=diff-row][data-element-id='{elementId}']");
}
