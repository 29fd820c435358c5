using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.Host.Api.Workflows;

/// The two versions a diff compares, from the query string: both required and 1 or more, each problem under its name.
internal static class VersionPair
{
    public static (int From, int To) Of(int? from, int? to)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Check("from", from, errors);
        Check("to", to, errors);
        return errors.Count == 0 ? (from!.Value, to!.Value) : throw new ValidationFailedException(errors);
    }

    private static void Check(string name, int? version, Dictionary<string, string[]> errors)
    {
        if (version is null)
            errors[name] = [new LocalizedText($"需要参数 {name}（版本号）", $"{name} (a version number) is required").Current];
        else if (version < 1)
            errors[name] = [new LocalizedText($"{name} 须大于等于 1", $"{name} must be 1 or more").Current];
    }
}
