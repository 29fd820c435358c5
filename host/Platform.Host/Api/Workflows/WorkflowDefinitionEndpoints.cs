using Platform.Workflows.Contracts;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Administration.Contracts;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Workflows.Deployment;

namespace Platform.Host.Api.Workflows;

/// Deploying and validating BPMN definitions (designers and admins), reading their versions and comparing two of them
/// (any signed-in user).
internal static class WorkflowDefinitionEndpoints
{
    private const string Route = "/api/v1/workflows/definitions";

    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var definitions = app.MapGroup(Route).WithTags("Workflows").RequireAuthorization();
        definitions.MapPost("/", DeployAsync)
            .RequireAuthorization(p => p.RequireRole(PlatformRoles.WorkflowDesigner, PlatformRoles.Admin))
            .Accepts<string>("application/xml", "text/xml")
            .WithMetadata(new RequestSizeLimitAttribute(DeploymentRules.MaxXmlBytes))
            .WithSummary("Deploys a BPMN 2.0 file (the raw XML, at most 2 MB) as the next version of its process id; the same XML as the latest version creates nothing.");
        definitions.MapGet("/", async (string? prefix, int? page, int? pageSize, IWorkflowDefinitions workflows, CancellationToken ct) =>
                TypedResults.Ok(await workflows.ListLatestAsync(prefix, PageRequest.Of(page, pageSize), ct)))
            .WithSummary("Lists the deployed process keys with their latest version, by key, optionally those starting with a prefix.");
        definitions.MapGet("/{key}/versions", async (string key, int? page, int? pageSize, IWorkflowDefinitions workflows, CancellationToken ct) =>
                TypedResults.Ok(await workflows.ListVersionsAsync(key, PageRequest.Of(page, pageSize), ct)))
            .WithSummary("Lists the deployed versions of one process key, newest first.");
        definitions.MapGet("/{key}/versions/{version:int}", async (string key, int version, IWorkflowDefinitions workflows, CancellationToken ct) =>
                await workflows.FindXmlAsync(key, version, ct) is { } xml
                    ? TypedResults.Text(xml, "application/xml", Encoding.UTF8)
                    : throw new NotFoundException(new LocalizedText($"流程 '{key}' 没有版本 {version}", $"process '{key}' has no version {version}").Current))
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .WithSummary("Returns one deployed version's BPMN XML as it was deployed, for the designer.");
        definitions.MapGet("/{key}/diff", async (string key, int? from, int? to, IWorkflowDefinitions workflows, CancellationToken ct) =>
            {
                var (fromVersion, toVersion) = VersionPair.Of(from, to);
                return TypedResults.Ok(await workflows.DiffAsync(key, fromVersion, toVersion, ct));
            })
            .WithSummary("Compares two deployed versions of one process key: elements and sequence flows added, removed or changed, each change with its old and new values.");
        definitions.MapPost("/validate", ValidateAsync)
            .RequireAuthorization(p => p.RequireRole(PlatformRoles.WorkflowDesigner, PlatformRoles.Admin))
            .Accepts<string>("application/xml", "text/xml")
            .WithMetadata(new RequestSizeLimitAttribute(DeploymentRules.MaxXmlBytes))
            .WithSummary("Checks a BPMN 2.0 file (the raw XML, at most 2 MB) without deploying it: whether it is deployable, and every problem under its element id.");
        return app;
    }

    private static async Task<Ok<ValidationReport>> ValidateAsync(HttpContext http, IWorkflowDefinitions workflows, CancellationToken ct)
    {
        var xml = await BpmnRequestBody.ReadAsync(http.Request, ct);
        var problems = workflows.Validate(xml);
        return TypedResults.Ok(new ValidationReport(problems.Count == 0, problems));
    }

    private static async Task<Results<Created<DeploymentOutcome>, Ok<DeploymentOutcome>>> DeployAsync(
        HttpContext http, IWorkflowDefinitions workflows, ClaimsPrincipal user, CancellationToken ct)
    {
        var xml = await BpmnRequestBody.ReadAsync(http.Request, ct);
        var outcome = await workflows.DeployAsync(xml, user.Identity!.Name!, ct);
        var location = $"{Route}/{Uri.EscapeDataString(outcome.Key)}/versions/{outcome.Version}";
        if (outcome.Created) return TypedResults.Created(location, outcome);
        http.Response.Headers.Location = location;   // nothing new: 200 and where the existing version is
        return TypedResults.Ok(outcome);
    }
}
