using System.Globalization;

namespace Platform.Trading;

/// One trading session of a day, China time.
public readonly record struct TradingSession(TimeOnly Start, TimeOnly End)
{
    public static bool TryParse(string text, out TradingSession session)
    {
        session = default;
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || end <= start) return false;
        session = new TradingSession(start, end);
        return true;
    }

    public override string ToString() => $"{TradingOptions.Format(Start)}-{TradingOptions.Format(End)}";
}
