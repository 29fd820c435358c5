namespace Platform.SharedKernel;

/// <summary>
/// The current time, injected so rules can be tested at any instant. Product code uses <see cref="SystemClock"/>;
/// test clocks live in the test projects.
/// </summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }

    /// <summary>Today's date in <paramref name="zone"/>.</summary>
    DateOnly Today(TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(UtcNow, zone).DateTime);

    /// <summary>Today's date in Beijing: the trade date of the Chinese markets.</summary>
    DateOnly Today() => Today(ChinaTime.Zone);
}
