using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Administration.Contracts;
using Platform.BuildingBlocks.Paging;

namespace Platform.Administration.Api;

/// Reading and verifying the audit trail, for auditors.
internal static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(p => p.RequireRole(PlatformRoles.Auditor));
        audit.MapGet("/", async (int? page, int? pageSize, string? actor, string? action, DateTimeOffset? from, DateTimeOffset? to,
                IAuditQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.QueryAsync(new AuditFilter(actor, action, from, to), PageRequest.Of(page, pageSize), ct)));
        audit.MapGet("/verify", async (IAuditQueries queries, CancellationToken ct) =>
        {
            var v = await queries.VerifyAsync(ct);
            return TypedResults.Ok(v.Valid
                ? new AuditVerifyResponse(true, v.Entries, null, null)
                : new AuditVerifyResponse(false, v.Entries, v.FirstBrokenSequence, v.Reason));
        });
        return api;
    }
}
