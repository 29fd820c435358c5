using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Administration.Contracts;
using Platform.BuildingBlocks.Paging;

namespace Platform.Administration.Api;

/// User management for administrators.
internal static class UserEndpoints
{
    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users").RequireAuthorization(p => p.RequireRole(PlatformRoles.Admin));
        users.MapGet("/", async (int? page, int? pageSize, string? search, IUserAdministration admin, CancellationToken ct) =>
            TypedResults.Ok(await admin.ListAsync(PageRequest.Of(page, pageSize), search, ct)));
        users.MapGet("/{userName}", async Task<Results<Ok<UserSummary>, NotFound>> (string userName, IUserAdministration admin, CancellationToken ct) =>
            await admin.FindAsync(userName, ct) is { } u ? TypedResults.Ok(u) : TypedResults.NotFound());
        users.MapPost("/", async (CreateUserRequest request, IUserAdministration admin, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var created = await admin.CreateAsync(request, user.Identity!.Name!, ct);
            return TypedResults.Created($"/api/v1/users/{created.UserName}", created);
        });
        users.MapPut("/{userName}/roles", async (string userName, SetRolesRequest request, IUserAdministration admin, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await admin.SetRolesAsync(userName, request.Roles, user.Identity!.Name!, ct)));
        users.MapPost("/{userName}/activate", async (string userName, IUserAdministration admin, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await admin.SetActiveAsync(userName, true, user.Identity!.Name!, ct)));
        users.MapPost("/{userName}/deactivate", async (string userName, IUserAdministration admin, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await admin.SetActiveAsync(userName, false, user.Identity!.Name!, ct)));
        users.MapPost("/{userName}/unlock", async (string userName, IUserAdministration admin, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await admin.UnlockAsync(userName, user.Identity!.Name!, ct)));
        return api;
    }
}
