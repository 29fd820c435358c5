using Platform.SharedKernel;
using Xunit;

namespace Platform.SharedKernel.Tests;

public sealed class ClockTests
{
    [Fact]
    public void Today_is_the_Beijing_date_so_16_30_UTC_is_already_tomorrow()
    {
        IClock clock = new TestClock(new DateTimeOffset(2024, 6, 30, 16, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2024, 7, 1), clock.Today());
        Assert.Equal(new DateOnly(2024, 6, 30), clock.Today(TimeZoneInfo.Utc));
        Assert.Equal(clock.Today(), ChinaTime.DateOf(clock.UtcNow));   // the same date from an instant, for code that holds one
        Assert.Equal(new DateOnly(2024, 6, 30), ChinaTime.DateOf(new DateTimeOffset(2024, 6, 30, 15, 59, 59, TimeSpan.Zero)));
    }

    [Fact]
    public void China_time_is_UTC_plus_8_without_daylight_saving()
    {
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Zone.GetUtcOffset(new DateTime(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Zone.GetUtcOffset(new DateTime(2024, 7, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 0, 30, 0, TimeSpan.FromHours(8)),
            ChinaTime.ToChinaTime(new DateTimeOffset(2024, 6, 30, 16, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void System_clock_reports_UTC()
    {
        var before = DateTimeOffset.UtcNow;
        var now = SystemClock.Instance.UtcNow;

        Assert.Equal(TimeSpan.Zero, now.Offset);
        Assert.InRange(now, before, DateTimeOffset.UtcNow);
    }
}
