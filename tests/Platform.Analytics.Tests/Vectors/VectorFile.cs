using System.Text.Json;
using Xunit;

namespace Platform.Analytics.Tests.Vectors;

/// A reference-vector family as shared/vectors defines it: cases of inputs, expected values and absolute tolerances.
public static class VectorFile
{
    public static IReadOnlyList<JsonElement> Cases(string family)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Vectors", family + ".json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone()).ToList();
    }

    public static TheoryData<string> Ids(string family) => new(Cases(family).Select(c => c.GetProperty("id").GetString()!));

    public static JsonElement Case(string family, string id) => Cases(family).Single(c => c.GetProperty("id").GetString() == id);

    public static DateOnly Date(this JsonElement e, string name) => DateOnly.Parse(e.GetProperty(name).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    public static double Number(this JsonElement e, string name) => e.GetProperty(name).GetDouble();

    /// Asserts |actual − expected| ≤ the case's tolerance for the field.
    public static void Near(JsonElement testCase, string field, double actual)
    {
        var expected = testCase.GetProperty("expected").Number(field);
        var tolerance = testCase.GetProperty("tolerance").Number(field);
        Assert.True(Math.Abs(actual - expected) <= tolerance,
            $"{testCase.GetProperty("id").GetString()} {field}: expected {expected:R} ± {tolerance}, got {actual:R} (off by {actual - expected:E2})");
    }
}
