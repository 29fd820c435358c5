using AntDesign;
using Platform.Administration.Contracts;

namespace Platform.Web.Menu;

/// The workflow pages: the BPMN designer for workflow designers and admins, as its [Authorize] says.
internal sealed class WorkflowMenuContributor : IPortalMenuContributor
{
    public IEnumerable<PortalMenuEntry> Entries { get; } =
    [
        new("workflow-designer", "/workflows/designer", new("流程设计器", "Workflow designer"), IconType.Outline.Apartment, PortalMenuGroups.Workflows,
            [PlatformRoles.WorkflowDesigner, PlatformRoles.Admin]),
    ];
}
