using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.Workflows.Instances;

/// Checks variables that come in with a request: names that expressions can read ([name]), not the engine's own
/// (initiator, outcome), and a bounded size.
internal static partial class RequestVariables
{
    private const int MaxCount = 200;
    private const int MaxBytes = 256 * 1024;
    private static readonly HashSet<string> Reserved = ["initiator", "outcome"];

    public static IReadOnlyDictionary<string, JsonElement> Check(IReadOnlyDictionary<string, JsonElement>? variables)
    {
        if (variables is null || variables.Count == 0) return new Dictionary<string, JsonElement>();
        if (variables.Count > MaxCount)
            throw new ValidationFailedException("variables", new LocalizedText($"变量最多 {MaxCount} 个", $"at most {MaxCount} variables").Current);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var bytes = 0;
        foreach (var (name, value) in variables)
        {
            if (!Name().IsMatch(name))
                errors["variables." + name] = [new LocalizedText("变量名须以字母或下划线开头，只含字母、数字和下划线（最多 64 个字符）",
                    "a variable name starts with a letter or underscore and has only letters, digits and underscores (at most 64)").Current];
            else if (Reserved.Contains(name))
                errors["variables." + name] = [new LocalizedText($"{name} 由引擎设置，不能传入", $"{name} is set by the engine and cannot be given").Current];
            bytes += Encoding.UTF8.GetByteCount(value.GetRawText());
        }
        if (bytes > MaxBytes)
            errors["variables"] = [new LocalizedText($"变量合计不得超过 {MaxBytes / 1024} KB", $"the variables must be at most {MaxBytes / 1024} KB in all").Current];
        return errors.Count > 0 ? throw new ValidationFailedException(errors) : variables.ToDictionary(v => v.Key, v => v.Value.Clone(), StringComparer.Ordinal);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
    private static partial Regex Name();
}
