using AntDesign;
using Platform.Administration.Contracts;

namespace Platform.Web.Menu;

/// The workflow pages: the inbox and the instances for every signed-in user (the engine decides what each may do on
/// a task), the BPMN designer for workflow designers and admins, as each page's [Authorize] says.
internal sealed class WorkflowMenuContributor : IPortalMenuContributor
{
    public IEnumerable<PortalMenuEntry> Entries { get; } =
    [
        new("workflow-inbox", "/workflows/inbox", new("待办", "Inbox"), IconType.Outline.Inbox, PortalMenuGroups.Workflows, PlatformRoles.All),
        new("workflow-instances", "/workflows/instances", new("流程实例", "Process instances"), IconType.Outline.Partition, PortalMenuGroups.Workflows,
            PlatformRoles.All, order: 10),
        new("workflow-designer", "/workflows/designer", new("流程设计器", "Workflow designer"), IconType.Outline.Apartment, PortalMenuGroups.Workflows,
            [PlatformRoles.WorkflowDesigner, PlatformRoles.Admin], order: 20),
    ];
}
