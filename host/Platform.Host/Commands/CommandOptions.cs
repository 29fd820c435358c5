namespace Platform.Host.Commands;

/// <c>--name value</c> pairs of a command line.
internal sealed class CommandOptions(IReadOnlyDictionary<string, string> values)
{
    public static CommandOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            var name = args[i][2..];
            values[name] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }
        return new CommandOptions(values);
    }

    public string? this[string name] => values.TryGetValue(name, out var v) ? v : null;
}
