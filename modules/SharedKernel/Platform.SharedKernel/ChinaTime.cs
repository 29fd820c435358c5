namespace Platform.SharedKernel;

/// <summary>Beijing time 北京时间, in which the Chinese markets open, close and date their trades.</summary>
public static class ChinaTime
{
    /// <summary>China has kept UTC+08:00 without daylight saving since 1991.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>
    /// Asia/Shanghai from the system's time-zone data, or a fixed +08:00 zone where that data is missing
    /// (slim containers without tzdata), which gives the same answer for any date since 1991.
    /// </summary>
    public static TimeZoneInfo Zone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var zone) ? zone
        : TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", Offset, "China Standard Time (UTC+08:00)", "China Standard Time");

    /// <summary>The same instant as Beijing wall-clock time.</summary>
    public static DateTimeOffset ToChinaTime(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The Beijing calendar date of an instant: the market's "today" when given the clock's now.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToChinaTime(instant).DateTime);
}
