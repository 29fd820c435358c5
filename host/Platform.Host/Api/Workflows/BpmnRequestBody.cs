using System.Text;
using Microsoft.Net.Http.Headers;
using Platform.SharedKernel;
using Platform.Workflows.Deployment;

namespace Platform.Host.Api.Workflows;

/// Reads a BPMN file sent as the raw request body, refusing it with 413 once it passes the deployment limit: the
/// server's own body limit does not hold in every host (the in-process test server has none), this check does.
internal static class BpmnRequestBody
{
    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > DeploymentRules.MaxXmlBytes)
                throw new BadHttpRequestException(DeploymentRules.TooLarge.Current, StatusCodes.Status413PayloadTooLarge);
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            throw new BadHttpRequestException(new LocalizedText("请求体须为 BPMN XML", "the body must be the BPMN XML").Current);
        buffer.Position = 0;
        using var reader = new StreamReader(buffer, CharsetOf(request) ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(ct);
    }

    private static Encoding? CharsetOf(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.Charset.Length == 0) return null;
        try
        {
            return Encoding.GetEncoding(type.Charset.Value!);
        }
        catch (ArgumentException)
        {
            throw new BadHttpRequestException(new LocalizedText($"不支持的字符集 '{type.Charset}'", $"unsupported charset '{type.Charset}'").Current,
                StatusCodes.Status415UnsupportedMediaType);
        }
    }
}
