using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Portal;

/// One ticket's page: its state, approval steps, and the trader's execution form once approved.
public sealed class TicketPage(IPage page)
{
    public ILocator Root => page.GetByTestId("ticket-details");

    public ILocator ExecutionForm => page.GetByTestId("execution-form");

    public ILocator Steps => page.GetByTestId("ticket-steps");

    public async Task<string> TicketIdAsync()
    {
        await Expect(Root).ToBeVisibleAsync();
        return (await Root.GetAttributeAsync("data-ticket-id"))!;
    }

    public async Task ExpectStatusAsync(string status) => await Expect(Root).ToHaveAttributeAsync("data-status", status);

    /// Records the execution with the deal number and the prefilled price (the ticket's own).
    public async Task RecordExecutionAsync(string dealNumber)
    {
        await Expect(ExecutionForm).ToBeVisibleAsync();
        await page.Locator("#execution-deal").FillAsync(dealNumber);
        await page.Locator("#execution-submit").ClickAsync();
    }
}
