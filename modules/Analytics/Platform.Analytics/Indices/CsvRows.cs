namespace Platform.Analytics.Indices;

/// The data rows of a small CSV text: '#' comment lines and blank lines skipped, the first other line checked against
/// the expected header, each row split on commas (the data has no quoted fields) with its 1-based line number.
internal static class CsvRows
{
    public static List<CsvRow> Read(string text, string sourceName, string header, out List<string> problems)
    {
        problems = [];
        var rows = new List<CsvRow>();
        var headerSeen = false;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!headerSeen)
            {
                headerSeen = true;
                if (!string.Equals(line.Replace(" ", ""), header, StringComparison.OrdinalIgnoreCase))
                    problems.Add($"{sourceName} line {i + 1}: the column line must be '{header}', was '{line}'");
                continue;
            }
            rows.Add(new CsvRow(i + 1, line.Split(',', StringSplitOptions.TrimEntries)));
        }
        if (!headerSeen)
            problems.Add($"{sourceName}: no column line '{header}' (the file is empty)");
        return rows;
    }

    /// The problems as one message: the first few in full, then how many more, so a bad file of 10,000 rows still
    /// gives a readable error.
    public static string Describe(string sourceName, IReadOnlyList<string> problems, string whatWasRefused)
    {
        const int shown = 20;
        var text = string.Join("; ", problems.Take(shown));
        var more = problems.Count > shown ? $"; and {problems.Count - shown} more" : "";
        return $"{sourceName}: {whatWasRefused} ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}): {text}{more}";
    }
}
