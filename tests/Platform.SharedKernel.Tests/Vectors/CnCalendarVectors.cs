using System.Text.Json;

namespace Platform.SharedKernel.Tests.Vectors;

/// <summary>
/// The QuantLib 1.29 China(IB) reference cases in cn_calendar.json, copied into this project. Each case is one
/// theory row, named by its id so a failure points at the case.
/// </summary>
internal static class CnCalendarVectors
{
    private static readonly Lazy<Dictionary<string, JsonElement>> s_cases = new(Load);

    public static IEnumerable<string> CaseIds(string kind) =>
        s_cases.Value.Where(c => c.Value.GetProperty("inputs").GetProperty("kind").GetString() == kind).Select(c => c.Key);

    public static JsonElement Case(string id) => s_cases.Value[id];

    private static Dictionary<string, JsonElement> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "cn_calendar.json")));
        return document.RootElement.GetProperty("cases").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.Clone());
    }
}
