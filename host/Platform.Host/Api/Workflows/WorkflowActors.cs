using System.Security.Claims;
using Platform.Workflows.Contracts;

namespace Platform.Host.Api.Workflows;

/// The signed-in user as the workflow engine sees them: user id and roles.
internal static class WorkflowActors
{
    public static WorkflowActor Of(ClaimsPrincipal user) =>
        new(user.Identity!.Name!, user.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList());
}
