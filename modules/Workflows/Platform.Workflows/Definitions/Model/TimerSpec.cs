using System.Globalization;
using Platform.SharedKernel;

namespace Platform.Workflows.Definitions;

/// When a timer fires: after an ISO-8601 duration ("PT4H", "P2D") from when it starts, or at a fixed ISO-8601 date.
public sealed record TimerSpec
{
    private TimerSpec(TimeSpan? duration, DateTimeOffset? date, string text) => (Duration, Date, Text) = (duration, date, text);

    public TimeSpan? Duration { get; }
    public DateTimeOffset? Date { get; }

    /// The ISO-8601 text as written in the file.
    public string Text { get; }

    public static TimerSpec AfterDuration(string iso8601) => new(IsoDuration.Parse(iso8601, "timeDuration"), null, iso8601.Trim());

    public static TimerSpec AtDate(string iso8601) =>
        DateTimeOffset.TryParse(iso8601.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
        && iso8601.Contains('T', StringComparison.Ordinal)
            ? new(null, date, iso8601.Trim())
            : throw new DomainException($"'{iso8601}' is not an ISO-8601 date-time such as 2026-03-31T17:00:00+08:00", "timeDate");
}
