using Platform.Analytics.DayCounts;
using Platform.SharedKernel;
using Xunit;

namespace Platform.Analytics.Tests;

public sealed class DayCountTests
{
    private static readonly DateOnly Start = new(2023, 12, 31), End = new(2024, 3, 31);   // 91 days, over 29 Feb 2024

    [Theory]
    [InlineData(DayCount.Act365Fixed, 91 / 365.0)]
    [InlineData(DayCount.Act360, 91 / 360.0)]
    [InlineData(DayCount.Act365NoLeap, 90 / 365.0)]
    [InlineData(DayCount.Thirty360, 90 / 360.0)]
    public void Year_fractions_follow_each_convention(DayCount dayCount, double expected) =>
        Assert.Equal(expected, dayCount.YearFraction(Start, End), 1e-15);

    [Fact]
    public void Act_act_icma_is_days_over_the_coupon_period_over_the_frequency() =>
        Assert.Equal(45 / 182.0 / 2, DayCount.ActActIcma.YearFraction(new(2024, 1, 1), new(2024, 2, 15), new(2024, 1, 1), new(2024, 7, 1), 2), 1e-15);

    [Theory]
    [InlineData("ACT/ACT-ICMA", DayCount.ActActIcma)]
    [InlineData("act/365f", DayCount.Act365Fixed)]
    [InlineData(" ACT/360 ", DayCount.Act360)]
    [InlineData("30/360", DayCount.Thirty360)]
    [InlineData("ACT/365NL", DayCount.Act365NoLeap)]
    public void Names_parse_and_round_trip(string name, DayCount expected)
    {
        Assert.Equal(expected, DayCounts.DayCounts.Parse(name));
        Assert.Equal(expected, DayCounts.DayCounts.Parse(expected.NameOf()));
    }

    [Theory]
    [InlineData("ACT/366")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_day_count_is_refused_naming_the_field(string? name) =>
        Assert.Equal("dayCount", Assert.Throws<DomainException>(() => DayCounts.DayCounts.Parse(name)).Field);
}
