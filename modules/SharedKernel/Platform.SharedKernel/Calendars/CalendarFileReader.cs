using System.Globalization;
using System.Text;

namespace Platform.SharedKernel.Calendars;

/// <summary>
/// Reads the calendar data format: <c># key: value</c> header lines (calendar, version, covers), other <c>#</c> lines
/// as comments, then <c>date,kind,note</c> rows where kind is <c>closed</c> (a weekday) or <c>open</c> (a weekend day).
/// Every mistake is reported with its line, because an operator edits these files by hand.
/// </summary>
internal static class CalendarFileReader
{
    private const string ColumnHeader = "date,kind,note";

    public static BusinessCalendar Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<(int Line, DateOnly Date, bool Open)>();
        bool inRows = false;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            if (line[0] == '#')
            {
                ReadHeader(line, headers, sourceName, lineNumber);
                continue;
            }
            if (!inRows)
            {
                inRows = line.Trim() == ColumnHeader
                    ? true
                    : throw Error(sourceName, lineNumber, $"expected the column line '{ColumnHeader}', found '{line}'");
                continue;
            }
            rows.Add(ReadRow(line, sourceName, lineNumber));
        }

        string name = Required(headers, "calendar", sourceName);
        string version = Required(headers, "version", sourceName);
        var (first, last) = ReadCovers(Required(headers, "covers", sourceName), sourceName);
        CheckRows(rows, name, first, last, sourceName);
        return BusinessCalendar.Create(name, version, first, last,
            rows.Where(r => !r.Open).Select(r => r.Date), rows.Where(r => r.Open).Select(r => r.Date));
    }

    private static void ReadHeader(string line, Dictionary<string, string> headers, string sourceName, int lineNumber)
    {
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
            return;
        string key = line[1..colon].Trim();
        if (key is not ("calendar" or "version" or "covers"))
            return;   // any other '#' line is a comment
        if (!headers.TryAdd(key, line[(colon + 1)..].Trim()))
            throw Error(sourceName, lineNumber, $"the '{key}' header appears twice");
    }

    private static (int Line, DateOnly Date, bool Open) ReadRow(string line, string sourceName, int lineNumber)
    {
        string[] cells = line.Split(',', 3);
        if (cells.Length < 2)
            throw Error(sourceName, lineNumber, $"expected 'date,kind,note', found '{line}'");
        var date = ParseDate(cells[0].Trim(), sourceName, lineNumber);
        bool open = cells[1].Trim() switch
        {
            "closed" => false,
            "open" => true,
            var kind => throw Error(sourceName, lineNumber, $"kind must be 'closed' or 'open', was '{kind}'"),
        };
        bool weekend = CalendarText.IsWeekend(date);
        if (open && !weekend)
            throw Error(sourceName, lineNumber, $"{CalendarText.Iso(date)} is a {date.DayOfWeek}: only a Saturday or Sunday can be listed as open");
        if (!open && weekend)
            throw Error(sourceName, lineNumber, $"{CalendarText.Iso(date)} is a {date.DayOfWeek}: weekends are closed anyway, list only weekdays as closed");
        return (lineNumber, date, open);
    }

    private static void CheckRows(List<(int Line, DateOnly Date, bool Open)> rows, string name, DateOnly first, DateOnly last, string sourceName)
    {
        var seen = new Dictionary<DateOnly, int>();
        foreach (var row in rows)
        {
            if (row.Date < first || row.Date > last)
                throw Error(sourceName, row.Line, $"{CalendarText.Iso(row.Date)} is outside the covered range {CalendarText.Iso(first)}..{CalendarText.Iso(last)}; extend '# covers:' first");
            if (!seen.TryAdd(row.Date, row.Line))
                throw Error(sourceName, row.Line, $"{CalendarText.Iso(row.Date)} is listed twice (also on line {seen[row.Date]})");
        }
        // A covered year with no closed weekday means its schedule was never typed in: refuse rather than call it weekends-only.
        for (int year = first.Year; year <= last.Year; year++)
        {
            if (!rows.Any(r => !r.Open && r.Date.Year == year))
                throw new DomainException(
                    $"{sourceName}: calendar {name} covers {year} but lists no closed weekday in it; add {year}'s holiday schedule or end '# covers:' before {year}");
        }
    }

    private static (DateOnly First, DateOnly Last) ReadCovers(string value, string sourceName)
    {
        string[] parts = value.Split("..");
        if (parts.Length != 2)
            throw new DomainException($"{sourceName}: '# covers:' must read 'yyyy-MM-dd..yyyy-MM-dd', was '{value}'");
        var first = ParseDate(parts[0].Trim(), sourceName, lineNumber: null);
        var last = ParseDate(parts[1].Trim(), sourceName, lineNumber: null);
        return last >= first ? (first, last)
            : throw new DomainException($"{sourceName}: '# covers:' ends {parts[1]}, before it starts {parts[0]}");
    }

    private static DateOnly ParseDate(string text, string sourceName, int? lineNumber) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : lineNumber is { } line ? throw Error(sourceName, line, $"'{text}' is not a date written yyyy-MM-dd")
        : throw new DomainException($"{sourceName}: '{text}' is not a date written yyyy-MM-dd");

    private static string Required(Dictionary<string, string> headers, string key, string sourceName) =>
        headers.TryGetValue(key, out var value) && value.Length > 0 ? value
        : throw new DomainException($"{sourceName}: the header line '# {key}: ...' is missing or empty");

    private static DomainException Error(string sourceName, int lineNumber, string problem) =>
        new($"{sourceName} line {lineNumber}: {problem}");
}
