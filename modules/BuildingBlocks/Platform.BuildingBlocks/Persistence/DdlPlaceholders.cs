using System.Text.RegularExpressions;

namespace Platform.BuildingBlocks.Persistence;

/// Replaces the type placeholders of migration scripts (see <see cref="ISqlDialect.ExpandDdl"/>) with a
/// dialect's own types. Unknown placeholders are an error, so a typo never reaches the database.
public sealed partial class DdlPlaceholders
{
    private readonly IReadOnlyDictionary<string, string> _simple;
    private readonly Func<int, string> _string;
    private readonly Func<int, int, string> _decimal;

    public DdlPlaceholders(IReadOnlyDictionary<string, string> simple, Func<int, string> @string, Func<int, int, string> @decimal)
        => (_simple, _string, _decimal) = (simple, @string, @decimal);

    public string Expand(string script) => Placeholder().Replace(script, m =>
    {
        var name = m.Groups["name"].Value;
        var args = m.Groups["args"].Success ? m.Groups["args"].Value.Split(',', StringSplitOptions.TrimEntries) : [];
        return (name, args.Length) switch
        {
            ("string", 1) => _string(int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture)),
            ("decimal", 2) => _decimal(int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)),
            (_, 0) when _simple.TryGetValue(name, out var sql) => sql,
            _ => throw new InvalidOperationException($"Unknown DDL placeholder '{m.Value}' in a migration script."),
        };
    });

    [GeneratedRegex(@"\$\{(?<name>[a-z]+)(\((?<args>[0-9, ]+)\))?\}")]
    private static partial Regex Placeholder();
}
