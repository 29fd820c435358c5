using System.Diagnostics;
using Platform.BuildingBlocks.Audit;

namespace Platform.Host.Audit;

/// Writes one audit record for every state-changing HTTP request (POST, PUT, PATCH, DELETE): who, which route,
/// and the status answered. Request bodies are not digested here: they may hold passwords. Handlers that change
/// state also audit their change with before/after digests inside their own transaction.
internal sealed class AuditRequestMiddleware(RequestDelegate next, IAuditWriter audit, ILogger<AuditRequestMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!IsStateChanging(http.Request))
        {
            await next(http);
            return;
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        finally
        {
            var endpoint = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            var actor = http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name! : "anonymous";
            try
            {
                await audit.AppendAsync(new AuditRecord(actor, $"http.{http.Request.Method.ToLowerInvariant()}", http.Request.Path.Value ?? "",
                    http.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null,
                    $"route={endpoint};ms={Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0};from={http.Connection.RemoteIpAddress}"),
                    CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Could not audit {Method} {Path} by {Actor}", http.Request.Method, http.Request.Path, actor);
            }
        }
    }

    private static bool IsStateChanging(HttpRequest request) =>
        (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method))
        && !request.Path.StartsWithSegments("/_blazor");   // the portal's SignalR circuit; its actions audit themselves
}
