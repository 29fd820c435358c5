using System.Security.Claims;
using Platform.Administration.Contracts;
using Platform.Web.Security;
using Platform.Workflows.Contracts;

namespace Platform.Web.Components.Pages.Workflows;

/// The signed-in user as the workflow engine sees them (user id and roles), and which of the engine's actions the
/// portal offers them. The facades do not check roles for everyone's inbox or for incidents (the API does), so the
/// portal must; the task rules themselves are the engine's, which refuses anything else with a reason.
public static class WorkflowUser
{
    public static WorkflowActor From(ClaimsPrincipal principal)
    {
        var user = PortalUser.From(principal);
        return new WorkflowActor(user.UserName, user.Roles);
    }

    /// The engine's own rule: the assignee alone, else a candidate user or a holder of a candidate role.
    public static bool MayDo(WorkflowActor actor, TaskView task) => task.Assignee is { } assignee
        ? assignee == actor.UserId
        : task.CandidateUsers.Contains(actor.UserId) || task.CandidateRoles.Any(actor.Roles.Contains);

    /// Everyone's open tasks: administrators and auditors, as for the API's inbox.
    public static bool SeesAllTasks(WorkflowActor actor) =>
        actor.Roles.Contains(PlatformRoles.Admin) || actor.Roles.Contains(PlatformRoles.Auditor);

    /// Retrying or skipping a failed service call, as for the API's incident endpoints.
    public static bool HandlesIncidents(WorkflowActor actor) =>
        actor.Roles.Contains(PlatformRoles.Admin) || actor.Roles.Contains(PlatformRoles.SettlementOps)
        || actor.Roles.Contains(PlatformRoles.WorkflowDesigner);
}
