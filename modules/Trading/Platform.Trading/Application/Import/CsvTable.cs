using System.Text;

namespace Platform.Trading.Application.Import;

/// CSV text read into a header and rows (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF),
/// with each row's line number for error reports. A byte-order mark is dropped; blank lines are skipped.
public sealed class CsvTable
{
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<CsvRecord> Rows { get; }

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRecord> rows) => (Header, Rows) = (header, rows);

    public static CsvTable Parse(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var records = new List<(int Line, List<string> Cells)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; cell.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0: quoted = true; any = true; break;
                case ',': cells.Add(cell.ToString()); cell.Clear(); any = true; break;
                case '\r': break;
                case '\n':
                    End();
                    line++;
                    recordLine = line;
                    break;
                default: cell.Append(c); any = true; break;
            }
        }
        End();
        if (records.Count == 0) return new CsvTable([], []);
        var header = records[0].Cells.Select(h => h.Trim()).ToList();
        return new CsvTable(header, records.Skip(1).Select(r => new CsvRecord(r.Line, header, r.Cells)).ToList());

        void End()
        {
            if (any || cell.Length > 0)
            {
                cells.Add(cell.ToString());
                if (cells.Exists(v => v.Trim().Length > 0)) records.Add((recordLine, cells));
            }
            cells = [];
            cell.Clear();
            any = false;
        }
    }
}
