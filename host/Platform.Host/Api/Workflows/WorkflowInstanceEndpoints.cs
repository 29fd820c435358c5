using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Administration.Contracts;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Workflows.Contracts;

namespace Platform.Host.Api.Workflows;

/// Running processes and the human-task inbox. Any signed-in user may start an instance and act on the tasks that are
/// theirs; a refusal is 404 (no such task), 403 (not yours, segregation of duties), 400 (bad input) or 409 (finished).
internal static class WorkflowInstanceEndpoints
{
    private const string Instances = "/api/v1/workflows/instances";

    public static IEndpointRouteBuilder MapWorkflowInstanceEndpoints(this IEndpointRouteBuilder app)
    {
        var instances = app.MapGroup(Instances).WithTags("Workflows").RequireAuthorization();
        instances.MapPost("/", StartAsync)
            .WithSummary("Starts the latest version of a process key (or the given version); an Idempotency-Key header makes a retried start return the first instance.");
        instances.MapGet("/", async (string? definitionKey, string? status, string? businessKey, bool? withIncident, int? page, int? pageSize,
                IWorkflowInstances workflows, CancellationToken ct) =>
                TypedResults.Ok(await workflows.ListAsync(new InstanceQuery(definitionKey, status, businessKey, withIncident), PageRequest.Of(page, pageSize), ct)))
            .WithSummary("Lists instances, newest first, by process key, status, business key or open incident.");
        instances.MapGet("/{id}", async (string id, IWorkflowInstances workflows, CancellationToken ct) => TypedResults.Ok(await workflows.GetAsync(id, ct)))
            .WithSummary("One instance as it is now: status, open tasks, timers, message waits, service calls, variables and history.");
        instances.MapPost("/{id}/cancel", async (string id, [FromBody] CommentBody? body, ClaimsPrincipal user, IWorkflowInstances workflows, CancellationToken ct) =>
                TypedResults.Ok(await workflows.CancelAsync(id, body?.Comment, WorkflowActors.Of(user), ct)))
            .WithSummary("Cancels a running instance (its initiator or an administrator).");
        instances.MapPost("/{id}/migrate", async (string id, MigrateInstanceRequest body, ClaimsPrincipal user, IWorkflowInstances workflows, CancellationToken ct) =>
                TypedResults.Ok(await workflows.MigrateAsync(id, body, WorkflowActors.Of(user), ct)))
            .RequireAuthorization(p => p.RequireRole(PlatformRoles.Admin, PlatformRoles.WorkflowDesigner))
            .WithSummary("Moves a running instance to another version of its process with an explicit activity mapping (dryRun only checks); 400 lists every problem by element id; audited.");
        instances.MapPost("/{id}/incidents/{callId}/retry", async (string id, string callId, ClaimsPrincipal user, IWorkflowInstances workflows, CancellationToken ct) =>
                TypedResults.Ok(await workflows.RetryIncidentAsync(id, callId, WorkflowActors.Of(user), ct)))
            .RequireAuthorization(p => p.RequireRole(PlatformRoles.Admin, PlatformRoles.SettlementOps, PlatformRoles.WorkflowDesigner))
            .WithSummary("Runs a service call whose retries ran out again, from its first attempt.");
        instances.MapPost("/{id}/incidents/{callId}/skip", async (string id, string callId, [FromBody] CommentBody? body, ClaimsPrincipal user,
                IWorkflowInstances workflows, CancellationToken ct) =>
                TypedResults.Ok(await workflows.SkipIncidentAsync(id, callId, body?.Comment, WorkflowActors.Of(user), ct)))
            .RequireAuthorization(p => p.RequireRole(PlatformRoles.Admin, PlatformRoles.SettlementOps, PlatformRoles.WorkflowDesigner))
            .WithSummary("Goes on past a failed service call as if it had succeeded with no result.");

        var tasks = app.MapGroup("/api/v1/workflows/tasks").WithTags("Workflows").RequireAuthorization();
        tasks.MapGet("/", InboxAsync)
            .WithSummary("The inbox: with mine=true (the default) the tasks I may do, assigned to me or open to me or my roles; assigned=true only mine; mine=false every task (Admin, Auditor). Newest first, paged.");
        tasks.MapPost("/{id}/complete", async (string id, CompleteTaskRequest body, ClaimsPrincipal user, IWorkflowInstances workflows, CancellationToken ct) =>
                TypedResults.Ok(await workflows.CompleteTaskAsync(id, body, WorkflowActors.Of(user), ct)))
            .WithSummary("Completes a task with an outcome (approve, reject, sendBack with sendBackTo), a comment and variables.");
        tasks.MapPost("/{id}/claim", async (string id, ClaimsPrincipal user, IWorkflowInstances workflows, CancellationToken ct) =>
            TypedResults.Ok(await workflows.ClaimTaskAsync(id, WorkflowActors.Of(user), ct))).WithSummary("Takes a candidate task for yourself (签收).");
        tasks.MapPost("/{id}/unclaim", async (string id, ClaimsPrincipal user, IWorkflowInstances workflows, CancellationToken ct) =>
            TypedResults.Ok(await workflows.UnclaimTaskAsync(id, WorkflowActors.Of(user), ct))).WithSummary("Gives a claimed task back to its candidates.");
        tasks.MapPost("/{id}/delegate", async (string id, TaskHandOver body, ClaimsPrincipal user, IWorkflowInstances workflows, CancellationToken ct) =>
                TypedResults.Ok(await workflows.DelegateTaskAsync(id, Required(body.ToUser, "toUser"), body.Comment, WorkflowActors.Of(user), ct)))
            .WithSummary("Hands your task to another user for now (委派); it returns to you when they complete it.");
        tasks.MapPost("/{id}/reassign", async (string id, TaskHandOver body, ClaimsPrincipal user, IWorkflowInstances workflows, CancellationToken ct) =>
                TypedResults.Ok(await workflows.ReassignTaskAsync(id, Required(body.ToUser, "toUser"), body.Comment, WorkflowActors.Of(user), ct)))
            .WithSummary("Gives the task to another user for good (转办), where the task allows reassign.");
        tasks.MapPost("/{id}/add-signer", async (string id, TaskHandOver body, ClaimsPrincipal user, IWorkflowInstances workflows, CancellationToken ct) =>
                TypedResults.Ok(await workflows.AddSignerAsync(id, Required(body.Signer, "signer"), body.Comment, WorkflowActors.Of(user), ct)))
            .WithSummary("Asks another user to co-sign before the task is decided (加签), where the task allows addSigner.");

        app.MapPost("/api/v1/workflows/messages", async (CorrelateMessageRequest body, ClaimsPrincipal user, IWorkflowInstances workflows, CancellationToken ct) =>
                TypedResults.Ok(await workflows.CorrelateMessageAsync(body, WorkflowActors.Of(user), ct)))
            .WithTags("Workflows").RequireAuthorization()
            .WithSummary("Delivers a message (e.g. a settlement confirmation) to every instance waiting for its name and correlation key; 404 when none waits.");
        return app;
    }

    private static async Task<Created<InstanceView>> StartAsync(StartInstanceRequest body, HttpRequest request, ClaimsPrincipal user,
        IWorkflowInstances workflows, CancellationToken ct)
    {
        var key = request.Headers["Idempotency-Key"].FirstOrDefault();
        var view = await workflows.StartAsync(body, WorkflowActors.Of(user), key, ct);
        return TypedResults.Created($"{Instances}/{view.InstanceId}", view);
    }

    private static async Task<Ok<PagedResult<InboxTask>>> InboxAsync(bool? mine, bool? assigned, string? definitionKey, bool? overdue, string? search,
        int? page, int? pageSize, ClaimsPrincipal user, IWorkflowInbox inbox, CancellationToken ct)
    {
        var scope = assigned == true ? InboxScope.AssignedToMe : mine == false ? InboxScope.All : InboxScope.Mine;
        if (scope == InboxScope.All && !user.IsInRole(PlatformRoles.Admin) && !user.IsInRole(PlatformRoles.Auditor))
            throw new ForbiddenException(new LocalizedText("只有管理员和审计员可查看所有人的待办", "only administrators and auditors see everyone's tasks").Current);
        var query = new InboxQuery(scope, definitionKey, overdue == true, search);
        return TypedResults.Ok(await inbox.ListAsync(query, WorkflowActors.Of(user), PageRequest.Of(page, pageSize), ct));
    }

    private static string Required(string? value, string field) => string.IsNullOrWhiteSpace(value)
        ? throw new ValidationFailedException(field, new LocalizedText("须填写用户", "name the user").Current)
        : value.Trim();
}
