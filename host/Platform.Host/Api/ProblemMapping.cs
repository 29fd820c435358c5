using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.Host.Api;

/// Turns exceptions into RFC 7807 problem+json: bad input is a 400 naming the field, a missing thing a 404, a
/// domain rule's refusal a 422; anything else a 500 that tells nothing internal.
internal sealed partial class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title, detail, errors) = Classify(exception);
        if (status >= 500) logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
        var problem = errors is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value));
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    internal static (int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]>? Errors) Classify(Exception exception) => exception switch
    {
        ValidationFailedException v => (400, Invalid.Current, v.Message, v.Errors),
        NotFoundException n => (404, new LocalizedText("未找到", "Not found").Current, n.Message, null),
        ForbiddenException f => (403, new LocalizedText("无权执行此操作", "Not allowed").Current, f.Message, null),
        ConflictException c => (409, new LocalizedText("当前状态不允许此操作", "Conflicts with the current state").Current, c.Message, null),
        DomainException { Field: { } field } d => (400, Invalid.Current, d.Message, new Dictionary<string, string[]> { [field] = [d.Message] }),
        DomainException d => (422, new LocalizedText("业务规则拒绝了该请求", "Refused by a business rule").Current, d.Message, null),
        BadHttpRequestException { InnerException: JsonException json } => (400, new LocalizedText("请求体不是此接口可接受的 JSON", "The request body is not valid JSON for this endpoint").Current,
            json.Message, new Dictionary<string, string[]> { [FieldOf(json)] = [CleanJsonMessage(json)] }),
        BadHttpRequestException b when BindFailure().Match(b.Message) is { Success: true } m => (400, Invalid.Current, b.Message,
            new Dictionary<string, string[]> { [m.Groups["name"].Value] = [new LocalizedText($"'{m.Groups["value"].Value}' 不是有效值", $"'{m.Groups["value"].Value}' is not a valid value").Current] }),
        BadHttpRequestException b when RequiredBody().IsMatch(b.Message) => (400, Invalid.Current, b.Message,
            new Dictionary<string, string[]> { ["body"] = [new LocalizedText("需要 JSON 请求体", "a JSON body is required").Current] }),
        BadHttpRequestException b => (b.StatusCode, new LocalizedText("请求有误", "Bad request").Current, b.Message, null),
        _ => (500, new LocalizedText("发生意外错误", "An unexpected error occurred").Current,
            new LocalizedText("错误已记入日志；除非另有说明，此请求未做任何更改。", "The error was logged; nothing was changed by this request unless it said so.").Current, null),
    };

    private static readonly LocalizedText Invalid = new("请求内容不合法", "The request is not valid");

    /// The field a JSON error is about, as a dotted path from the body (<c>$.curve.valuationDate</c> →
    /// <c>curve.valuationDate</c>; a trailing index is dropped, <c>$.roles[2]</c> → <c>roles</c>); a property the message
    /// names (missing or unknown) is put under the object it belongs to; <c>body</c> when there is no path.
    private static string FieldOf(JsonException json)
    {
        var path = (json.Path ?? "").TrimStart('$').TrimStart('.');
        if (path.EndsWith(']') && path.LastIndexOf('[') is var open and > 0) path = path[..open];
        if (NamedProperty().Match(json.Message) is { Success: true } m)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(m.Groups["p"].Value);
            return path.Length == 0 || path == name || path.EndsWith("." + name, StringComparison.Ordinal) ? (path.Length == 0 ? name : path) : path + "." + name;
        }
        return path.Length > 0 ? path : "body";
    }

    private static string CleanJsonMessage(JsonException json)
    {
        var message = json.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [GeneratedRegex("""Failed to bind parameter "[^"]*? (?<name>\w+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex BindFailure();

    [GeneratedRegex("""(missing required properties including: |The JSON property )'(?<p>[^']+)'""")]
    private static partial Regex NamedProperty();

    [GeneratedRegex("Implicit body inferred|Required parameter .* was not provided from body")]
    private static partial Regex RequiredBody();
}
