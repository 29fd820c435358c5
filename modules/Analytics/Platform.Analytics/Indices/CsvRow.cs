namespace Platform.Analytics.Indices;

/// One data row of a CSV text: its fields and its 1-based line number, for error messages.
internal readonly record struct CsvRow(int LineNumber, string[] Fields);
