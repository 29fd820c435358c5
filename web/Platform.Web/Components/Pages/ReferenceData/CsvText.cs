using System.Text;

namespace Platform.Web.Components.Pages.ReferenceData;

/// The text of an uploaded CSV file. Excel on a Chinese system saves CSV in GBK, which is not valid UTF-8: a file that
/// does not decode as UTF-8 is read as GB18030, a superset of GBK, as the trading API does for its raw bodies.
public static class CsvText
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Gb18030 = CodePage("GB18030");

    public static string Decode(byte[] bytes)
    {
        // A byte order mark is how Excel marks "CSV UTF-8"; the import would otherwise see it in the first column's name.
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.GetString(bytes);
        }
    }

    // .NET knows only the Unicode encodings until the code pages provider is registered (once per process; again is harmless).
    private static Encoding CodePage(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }
}
