using Platform.SharedKernel.Calendars;
using Xunit;

namespace Platform.SharedKernel.Tests.Calendars;

public sealed class CalendarProjectionTests
{
    private static BusinessCalendar Projected => MarketCalendars.CnInterbankProjected;

    [Fact]
    public void Inside_the_data_the_projection_answers_as_the_calendar_does()
    {
        var source = MarketCalendars.CnInterbank;
        for (var date = source.FirstCoveredDate; date <= source.LastCoveredDate; date = date.AddDays(1))
            Assert.Equal(source.IsBusinessDay(date), Projected.IsBusinessDay(date));
    }

    [Fact]
    public void Beyond_the_data_weekends_and_fixed_date_holidays_are_closed()
    {
        Assert.False(Projected.IsBusinessDay(new DateOnly(2030, 10, 1)));    // National Day, a Tuesday
        Assert.False(Projected.IsBusinessDay(new DateOnly(2030, 10, 7)));
        Assert.True(Projected.IsBusinessDay(new DateOnly(2030, 10, 8)));
        Assert.False(Projected.IsBusinessDay(new DateOnly(2031, 5, 2)));     // Labour Day, a Friday
        Assert.False(Projected.IsBusinessDay(new DateOnly(2036, 1, 1)));     // New Year, a Tuesday
        Assert.False(Projected.IsBusinessDay(new DateOnly(2036, 1, 5)));     // a Saturday
        Assert.True(Projected.IsBusinessDay(new DateOnly(2036, 1, 7)));
        Assert.Equal(new DateOnly(2030, 10, 8), Projected.Adjust(new DateOnly(2030, 10, 1), BusinessDayConvention.Following));
    }

    [Fact]
    public void The_projection_says_what_it_is()
    {
        Assert.EndsWith("+projected", Projected.Name);
        Assert.Contains("projected after", Projected.Version);
        Assert.Equal(CalendarProjection.ProjectedUntil, Projected.LastCoveredDate);
    }
}
