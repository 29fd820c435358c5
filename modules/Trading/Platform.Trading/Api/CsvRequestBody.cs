using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Platform.SharedKernel;

namespace Platform.Trading.Api;

/// Reads a CSV file sent as the raw request body, at most <see cref="MaxBytes"/>. The charset of the content type is
/// honoured (UTF-8 by default; GBK and GB18030 as Excel writes them on Chinese systems), and a body that is not valid
/// UTF-8 and names no charset is read as GB18030, a superset of GBK.
internal static class CsvRequestBody
{
    public const int MaxBytes = 10 * 1024 * 1024;

    static CsvRequestBody() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
                throw new BadHttpRequestException(new LocalizedText("文件超过 10 MB", "the file is larger than 10 MB").Current, StatusCodes.Status413PayloadTooLarge);
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) throw new BadHttpRequestException(new LocalizedText("请求体须为 CSV 文件内容", "the body must be the CSV file").Current);
        var bytes = buffer.ToArray();
        if (CharsetOf(request) is { } named) return named.GetString(bytes);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
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
