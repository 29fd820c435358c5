using System.Globalization;
using Platform.SharedKernel;

namespace Platform.Analytics.Indices;

/// Parses and checks a fixing file (index,date,rate), collecting every problem before deciding: all rows or none.
internal static class FixingCsvReader
{
    private const string Header = "index,date,rate";

    public static FixingHistory Read(string csv, string sourceName)
    {
        var rows = CsvRows.Read(csv, sourceName, Header, out var problems);
        var data = new Dictionary<string, (List<DateOnly> Dates, List<double> Rates)>(StringComparer.OrdinalIgnoreCase);
        var firstLine = new Dictionary<(string, DateOnly), int>();
        foreach (var row in rows)
        {
            if (Problem(row, firstLine) is { } problem)
            {
                problems.Add($"line {row.LineNumber}: {problem}");
                continue;
            }
            var index = CnyRateIndices.ByName(row.Fields[0]);
            if (!data.TryGetValue(index.Name, out var series))
                data[index.Name] = series = ([], []);
            series.Dates.Add(ParseDate(row.Fields[1]));
            series.Rates.Add(double.Parse(row.Fields[2], NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        return problems.Count == 0 ? FixingHistory.Of(data)
            : throw new DomainException(CsvRows.Describe(sourceName, problems, "no fixings were loaded"), "fixings");
    }

    /// What is wrong with one row, or null; remembers the row's (index, date) to find duplicates.
    private static string? Problem(CsvRow row, Dictionary<(string, DateOnly), int> firstLine)
    {
        var f = row.Fields;
        if (f.Length != 3)
            return $"expected 3 fields (index,date,rate), found {f.Length}";
        if (!CnyRateIndices.TryGet(f[0], out var index))
            return $"unknown index '{f[0]}' (known: {string.Join(", ", CnyRateIndices.All.Select(i => i.Name))})";
        if (!DateOnly.TryParseExact(f[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return $"'{f[1]}' is not a date written yyyy-MM-dd";
        if (!double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate))
            return $"'{f[2]}' is not a number";
        if (FixingHistory.RateProblem(rate) is { } rateProblem)
            return rateProblem;
        return firstLine.TryAdd((index.Name, date), row.LineNumber) ? null
            : $"{index.Name} {FixingHistory.Iso(date)} is listed twice (first on line {firstLine[(index.Name, date)]})";
    }

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
