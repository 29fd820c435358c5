using System.Text.Json;
using Platform.SharedKernel;

namespace Platform.Workflows.Expressions;

/// Turns an instance variable into a value NCalc compares and computes with. Instance variables are JSON at rest, so
/// <see cref="JsonElement"/> is accepted: numbers become decimal (double only beyond decimal's range), arrays lists.
/// Integral CLR numbers become decimal too, so 100 and 100.0 compare equal whatever the caller passed.
internal static class VariableValues
{
    public static object? ToExpressionValue(string name, object? value) => value switch
    {
        null => null,
        JsonElement json => FromJson(name, json),
        int or long or short or byte or uint or ulong or ushort or sbyte => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        float f => (double)f,
        decimal or double or string or bool or DateTime or DateTimeOffset or TimeSpan => value,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        IEnumerable<object?> items => items.Select(item => ToExpressionValue(name, item)).ToList(),
        _ => throw new DomainException($"variable '{name}' has a type expressions cannot use ({value.GetType().Name}); use numbers, text, booleans, dates or lists", name),
    };

    private static object? FromJson(string name, JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetDecimal(out var m) ? m : json.GetDouble(),
        JsonValueKind.Array => json.EnumerateArray().Select(item => FromJson(name, item)).ToList(),
        _ => throw new DomainException($"variable '{name}' is a JSON object; expressions read numbers, text, booleans and arrays only", name),
    };
}
