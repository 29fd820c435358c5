using Platform.SharedKernel.Calendars;
using Xunit;
using static Platform.SharedKernel.Tests.TestDates;

namespace Platform.SharedKernel.Tests.Calendars;

public sealed class MarketCalendarTests
{
    private static readonly BusinessCalendar Interbank = MarketCalendars.CnInterbank;
    private static readonly BusinessCalendar Exchange = MarketCalendars.CnExchange;

    [Fact]
    public void Working_weekend_is_open_for_interbank_but_closed_for_exchange()
    {
        var workingSunday = D("2024-02-04");   // 调休 before Spring Festival 2024

        Assert.True(Interbank.IsBusinessDay(workingSunday));
        Assert.False(Exchange.IsBusinessDay(workingSunday));
    }

    [Fact]
    public void Spring_festival_eve_2024_is_closed_for_exchange_by_its_own_notice_but_open_for_interbank()
    {
        Assert.False(Exchange.IsBusinessDay(D("2024-02-09")));
        Assert.True(Interbank.IsBusinessDay(D("2024-02-09")));
    }

    [Fact]
    public void Both_markets_close_on_public_holidays_and_ordinary_weekends()
    {
        foreach (var calendar in new[] { Interbank, Exchange })
        {
            Assert.False(calendar.IsBusinessDay(D("2024-10-01")));
            Assert.False(calendar.IsBusinessDay(D("2025-01-28")));   // 除夕 is a public holiday from 2025
            Assert.False(calendar.IsBusinessDay(D("2024-06-15")));
            Assert.True(calendar.IsBusinessDay(D("2024-06-14")));
        }
    }

    [Theory]
    [InlineData(2019, 244)]
    [InlineData(2020, 243)]
    [InlineData(2021, 243)]
    [InlineData(2022, 242)]
    [InlineData(2023, 242)]
    [InlineData(2024, 242)]
    public void Exchange_has_the_published_number_of_A_share_trading_days(int year, int tradingDays)
    {
        Assert.Equal(tradingDays, Exchange.BusinessDaysBetween(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1)));
    }

    [Fact]
    public void Exchange_differs_from_interbank_only_by_working_weekends_and_exchange_closures()
    {
        var differences = Enumerable.Range(0, Interbank.LastCoveredDate.DayNumber - Interbank.FirstCoveredDate.DayNumber + 1)
            .Select(Interbank.FirstCoveredDate.AddDays)
            .Where(d => Interbank.IsBusinessDay(d) != Exchange.IsBusinessDay(d))
            .ToList();

        Assert.All(differences, d => Assert.True(Interbank.IsBusinessDay(d)));
        Assert.Equal([D("2024-02-09")], differences.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
    }

    [Fact]
    public void Both_calendars_cover_2015_through_2026_and_name_their_data()
    {
        foreach (var calendar in new[] { Interbank, Exchange })
        {
            Assert.Equal(D("2015-01-01"), calendar.FirstCoveredDate);
            Assert.Equal(D("2026-12-31"), calendar.LastCoveredDate);
            Assert.False(string.IsNullOrWhiteSpace(calendar.Version));
        }
        Assert.Equal("cn-interbank", Interbank.Name);
        Assert.Equal("cn-exchange", Exchange.Name);
        Assert.Same(Interbank, MarketCalendars.ByName("cn-interbank"));
        Assert.Same(Exchange, MarketCalendars.ByName("cn-exchange"));
        Assert.Equal("calendar", Assert.Throws<DomainException>(() => MarketCalendars.ByName("cn-sse")).Field);
    }

    [Fact]
    public void A_date_in_2027_is_refused_saying_the_2027_schedule_must_be_added()
    {
        var e = Assert.Throws<DomainException>(() => Interbank.IsBusinessDay(D("2027-01-04")));

        Assert.Equal("date", e.Field);
        Assert.Contains("covers only up to 2026-12-31", e.Message, StringComparison.Ordinal);
        Assert.Contains("holiday schedule of 2027 must be added", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_years_ahead_names_every_missing_year()
    {
        var e = Assert.Throws<DomainException>(() => Exchange.IsBusinessDay(D("2029-06-01")));

        Assert.Contains("each year from 2027 to 2029", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_before_2015_is_refused_saying_the_2014_schedule_is_missing()
    {
        var e = Assert.Throws<DomainException>(() => Interbank.IsBusinessDay(D("2014-12-31")));

        Assert.Contains("covers only from 2015-01-01", e.Message, StringComparison.Ordinal);
        Assert.Contains("holiday schedule of 2014", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Advancing_past_the_last_covered_date_is_refused_naming_2027()
    {
        Assert.Equal(D("2026-12-31"), Interbank.Advance(D("2026-12-30"), 1));

        var e = Assert.Throws<DomainException>(() => Interbank.Advance(D("2026-12-30"), 2));

        Assert.Contains("2026-12-31", e.Message, StringComparison.Ordinal);
        Assert.Contains("holiday schedule of 2027 must be added", e.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => Interbank.Advance(D("2015-01-05"), -2));
        Assert.Throws<DomainException>(() => Interbank.Advance(D("2020-01-02"), int.MaxValue));
        Assert.Throws<DomainException>(() => Interbank.Advance(D("2020-01-02"), int.MinValue));
    }

    [Fact]
    public void Following_that_would_need_2027_is_refused_rather_than_guessed()
    {
        Assert.Throws<DomainException>(() => Interbank.Adjust(D("2027-01-01"), BusinessDayConvention.Following));
    }
}
