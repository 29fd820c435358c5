using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Platform.Web.Texts;

namespace Platform.Web.Components.Pages.Workflows;

/// Variables as people type and read them: a JSON object, checked in the portal before anything is sent, and
/// shown indented with Chinese text left readable.
public static class VariablesJson
{
    private static readonly JsonSerializerOptions Readable = new()
    {
        WriteIndented = true,
        // Shown as text (Blazor encodes it for HTML), so Chinese need not be escaped to \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// The variables in <paramref name="text"/> (none for blank text), or the problem in the user's language.
    public static (IReadOnlyDictionary<string, JsonElement>? Variables, string? Problem) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (new Dictionary<string, JsonElement>(), null);
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return (null, StartInstanceTexts.NotAnObject.Current);
            var variables = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
                variables[property.Name] = property.Value.Clone();
            return (variables, null);
        }
        catch (JsonException ex)
        {
            var problem = string.Format(CultureInfo.CurrentCulture, StartInstanceTexts.InvalidJson.Current, (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1);
            return (null, problem);
        }
    }

    public static string Format(IReadOnlyDictionary<string, JsonElement> variables) =>
        JsonSerializer.Serialize(variables.OrderBy(v => v.Key, StringComparer.Ordinal).ToDictionary(v => v.Key, v => v.Value), Readable);
}
