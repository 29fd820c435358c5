namespace Platform.Web.Components.Pages.Workflows;

/// The workflow pages' addresses, for links; the pages' @page directives spell them the same.
public static class WorkflowRoutes
{
    public const string Inbox = "/workflows/inbox";
    public const string Instances = "/workflows/instances";

    public static string Instance(string instanceId) => Instances + "/" + Uri.EscapeDataString(instanceId);
}
