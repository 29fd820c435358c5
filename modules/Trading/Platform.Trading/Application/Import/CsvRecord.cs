namespace Platform.Trading.Application.Import;

/// One data row of a <see cref="CsvTable"/>: its line in the file and its cells by column name.
public sealed class CsvRecord(int line, IReadOnlyList<string> header, IReadOnlyList<string> cells)
{
    public int Line { get; } = line;
    public int CellCount => cells.Count;
    public int ColumnCount => header.Count;

    /// The trimmed cell of <paramref name="column"/>, or "" when the row is short.
    public string this[string column]
    {
        get
        {
            var index = -1;
            for (var i = 0; i < header.Count; i++)
                if (string.Equals(header[i], column, StringComparison.OrdinalIgnoreCase)) { index = i; break; }
            return index >= 0 && index < cells.Count ? cells[index].Trim() : "";
        }
    }
}
