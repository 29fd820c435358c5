using System.Globalization;
using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Trading.Application.Import;

/// Reads typed cells from one CSV row, collecting a problem per bad cell instead of stopping at the first.
public sealed class RowReader(CsvRecord record)
{
    private readonly List<ImportRowError> _errors = [];

    public IReadOnlyList<ImportRowError> Errors => _errors;
    public int Line => record.Line;

    public void Error(string field, LocalizedText message) => _errors.Add(new ImportRowError(record.Line, field, message.Current));

    public string Required(string column)
    {
        var value = record[column];
        if (value.Length == 0) Error(column, new($"{column} 不能为空", $"{column} is required"));
        return value;
    }

    public string? Optional(string column) => record[column] is { Length: > 0 } v ? v : null;

    public DateOnly Date(string column)
    {
        var value = Required(column);
        if (value.Length == 0) return default;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Error(column, new($"{column} '{value}' 不是 yyyy-MM-dd 格式的日期", $"{column} '{value}' is not a date in yyyy-MM-dd"));
        return default;
    }

    public DateOnly? OptionalDate(string column)
    {
        var value = record[column];
        if (value.Length == 0) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Error(column, new($"{column} '{value}' 不是 yyyy-MM-dd 格式的日期", $"{column} '{value}' is not a date in yyyy-MM-dd"));
        return null;
    }

    public decimal Decimal(string column)
    {
        var value = Required(column);
        return value.Length == 0 ? 0 : ParseDecimal(column, value) ?? 0;
    }

    public decimal? OptionalDecimal(string column)
    {
        var value = record[column];
        return value.Length == 0 ? null : ParseDecimal(column, value);
    }

    public int Int(string column)
    {
        var value = Required(column);
        if (value.Length == 0) return 0;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
        Error(column, new($"{column} '{value}' 不是整数", $"{column} '{value}' is not a whole number"));
        return 0;
    }

    public bool Bool(string column)
    {
        var value = record[column].ToLowerInvariant();
        switch (value)
        {
            case "" or "false" or "0" or "n" or "no" or "否": return false;
            case "true" or "1" or "y" or "yes" or "是": return true;
            default:
                Error(column, new($"{column} '{record[column]}' 须为 true 或 false", $"{column} '{record[column]}' must be true or false"));
                return false;
        }
    }

    private decimal? ParseDecimal(string column, string value)
    {
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)) return d;
        Error(column, new($"{column} '{value}' 不是数字", $"{column} '{value}' is not a number"));
        return null;
    }
}
