using Microsoft.Playwright;

namespace Platform.E2E.Portal;

/// The process instance page: its status, diagram, open tasks and history timeline.
public sealed class InstancePage(IPage page)
{
    public ILocator Root => page.GetByTestId("workflow-instance");

    public ILocator Diagram => Root.GetByTestId("bpmn-diagram-view");

    public ILocator Shape(string elementId) => Diagram.Locator($".djs-shape[data-element-id='{elementId}']");

    public ILocator Task(string elementId) => Root.Locator($"[data-testid=instance-task][data-element-id='{elementId}']");

    public ILocator History => Root.GetByTestId("history-item");

    /// The history entries of one kind at one element, e.g. "task completed" at RiskApproval.
    public ILocator HistoryAt(string what, string elementId) =>
        Root.Locator($"[data-testid=history-item][data-what='{what}'][data-element-id='{elementId}']");
}
