using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Portal;

/// The inbox (待办) and its task panel as a person uses them: open from the menu, start a process, open a row, decide.
public sealed class InboxPage(IPage page)
{
    public ILocator Table => page.GetByTestId("workflow-inbox");

    public ILocator Panel => page.GetByTestId("task-panel");

    public ILocator Refusal => page.GetByTestId("task-refusal");

    /// The rows of one business key (each open task of its instance that this user sees).
    public ILocator Rows(string businessKey) => page.Locator($"[data-testid=inbox-row][data-business-key='{businessKey}']");

    public ILocator Row(string businessKey, string elementId) =>
        page.Locator($"[data-testid=inbox-row][data-business-key='{businessKey}'][data-element-id='{elementId}']");

    public async Task OpenAsync(PortalPage portal)
    {
        await portal.OpenFromMenuAsync("workflow-inbox", "workflow-inbox");
        await Expect(Table).ToHaveAttributeAsync("data-loading", "false");
    }

    /// Opens the task panel from the task's row.
    public async Task OpenTaskAsync(string businessKey, string elementId)
    {
        await Row(businessKey, elementId).ClickAsync();
        await Expect(Panel).ToHaveAttributeAsync("data-state", "open");
    }

    public async Task ChooseOutcomeAsync(string outcome) => await Panel.GetByTestId($"outcome-{outcome}").ClickAsync();

    /// Picks an outcome, writes a comment and submits, in the open task panel.
    public async Task DecideAsync(string outcome, string comment)
    {
        await ChooseOutcomeAsync(outcome);
        await Panel.Locator("#task-comment").FillAsync(comment);
        await Panel.Locator("#task-submit").ClickAsync();
    }

    public async Task OpenStartDialogAsync()
    {
        await page.Locator("#inbox-start").ClickAsync();
        await Expect(page.GetByTestId("start-instance-dialog")).ToBeVisibleAsync();
    }

    /// Fills the start dialog and presses Start; what follows (the instance page, or errors) is the caller's to check.
    public async Task FillAndStartAsync(string processKey, string businessKey, string? variablesJson)
    {
        await PickProcessAsync("start-process", processKey);
        await page.Locator("#start-business-key").FillAsync(businessKey);
        await page.Locator("#start-variables").FillAsync(variablesJson ?? "");
        await page.Locator("#start-submit").ClickAsync();
    }

    /// Opens an Ant Design select of process keys and clicks the key's option (labelled "key · name") in the dropdown
    /// that is open; other selects on the page keep theirs hidden in the DOM.
    public async Task PickProcessAsync(string selectTestId, string processKey)
    {
        await page.GetByTestId(selectTestId).Locator(".ant-select-selector").ClickAsync();
        var open = page.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
        await open.Locator($"[role=option][aria-label^='{processKey} · '], [role=option][aria-label='{processKey}']").ClickAsync();
    }
}
