using Platform.SharedKernel.Calendars;
using Xunit;
using static Platform.SharedKernel.Tests.TestDates;

namespace Platform.SharedKernel.Tests.Calendars;

/// <summary>Adjustment, advancing and counting on the inter-bank calendar around real 2024–2025 holidays.</summary>
public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Interbank = MarketCalendars.CnInterbank;

    [Theory]
    // 2025-05-31 Sat; 06-01 Sun; 06-02 Dragon Boat holiday; 06-03 Tue open; 05-30 Fri open.
    [InlineData("2025-05-31", BusinessDayConvention.Unadjusted, "2025-05-31")]
    [InlineData("2025-05-31", BusinessDayConvention.Following, "2025-06-03")]
    [InlineData("2025-05-31", BusinessDayConvention.ModifiedFollowing, "2025-05-30")]
    [InlineData("2025-05-31", BusinessDayConvention.Preceding, "2025-05-30")]
    [InlineData("2025-05-31", BusinessDayConvention.ModifiedPreceding, "2025-05-30")]
    [InlineData("2025-05-31", BusinessDayConvention.Nearest, "2025-05-30")]
    // 2024-10-01 National Day: closed 10-01..10-07; 09-30 Mon open; 10-08 Tue open.
    [InlineData("2024-10-01", BusinessDayConvention.Following, "2024-10-08")]
    [InlineData("2024-10-01", BusinessDayConvention.ModifiedFollowing, "2024-10-08")]
    [InlineData("2024-10-01", BusinessDayConvention.Preceding, "2024-09-30")]
    [InlineData("2024-10-01", BusinessDayConvention.ModifiedPreceding, "2024-10-08")]
    [InlineData("2024-10-03", BusinessDayConvention.Nearest, "2024-09-30")]
    [InlineData("2024-10-04", BusinessDayConvention.Nearest, "2024-10-08")]   // 4 days either way: the next one wins
    [InlineData("2024-10-06", BusinessDayConvention.Nearest, "2024-10-08")]
    // A business day never moves.
    [InlineData("2024-10-08", BusinessDayConvention.Following, "2024-10-08")]
    [InlineData("2024-10-08", BusinessDayConvention.Preceding, "2024-10-08")]
    [InlineData("2024-10-08", BusinessDayConvention.Nearest, "2024-10-08")]
    public void Adjusts_by_convention(string date, BusinessDayConvention convention, string expected)
    {
        Assert.Equal(D(expected), Interbank.Adjust(D(date), convention));
    }

    [Fact]
    public void Unadjusted_does_not_consult_the_calendar()
    {
        Assert.Equal(D("2030-01-05"), Interbank.Adjust(D("2030-01-05"), BusinessDayConvention.Unadjusted));
    }

    [Fact]
    public void An_unknown_convention_is_refused()
    {
        Assert.Equal("convention", Assert.Throws<DomainException>(() => Interbank.Adjust(D("2024-10-08"), (BusinessDayConvention)42)).Field);
    }

    [Fact]
    public void Advancing_counts_working_weekends_as_business_days()
    {
        // 2024-10-11 Fri, 10-12 Sat is a working weekend, 10-14 Mon.
        Assert.Equal(D("2024-10-12"), Interbank.Advance(D("2024-10-11"), 1));
        Assert.Equal(D("2024-10-14"), Interbank.Advance(D("2024-10-11"), 2));
        Assert.Equal(D("2024-10-11"), Interbank.Advance(D("2024-10-14"), -2));
        Assert.Equal(D("2024-10-14"), MarketCalendars.CnExchange.Advance(D("2024-10-11"), 1));
    }

    [Fact]
    public void Next_and_previous_business_day_skip_a_holiday_week()
    {
        Assert.Equal(D("2024-10-08"), Interbank.NextBusinessDay(D("2024-09-30")));
        Assert.Equal(D("2024-09-30"), Interbank.PreviousBusinessDay(D("2024-10-08")));
        Assert.Equal(D("2024-10-08"), Interbank.NextBusinessDay(D("2024-10-03")));
    }

    [Fact]
    public void Advance_by_zero_adjusts_following()
    {
        Assert.Equal(D("2024-10-08"), Interbank.Advance(D("2024-10-01"), 0));
        Assert.Equal(D("2024-09-30"), Interbank.Advance(D("2024-09-30"), 0));
    }

    [Theory]
    [InlineData("2024-09", "2024-09-30")]
    [InlineData("2025-05", "2025-05-30")]
    [InlineData("2024-02", "2024-02-29")]
    [InlineData("2026-12", "2026-12-31")]
    public void Last_business_day_of_month(string month, string expected)
    {
        Assert.Equal(D(expected), Interbank.LastBusinessDayOfMonth(D(month + "-01")));
    }

    [Theory]
    // 7D repo (R007) counts calendar days, then rolls past the National Day holiday.
    [InlineData("2024-09-27", "7D", BusinessDayConvention.Following, false, "2024-10-08")]
    [InlineData("2024-09-26", "1W", BusinessDayConvention.Following, false, "2024-10-08")]
    [InlineData("2024-09-30", "ON", BusinessDayConvention.Following, false, "2024-10-08")]
    [InlineData("2024-09-27", "TN", BusinessDayConvention.Following, false, "2024-09-29")]   // a working Sunday
    [InlineData("2024-01-31", "1M", BusinessDayConvention.ModifiedFollowing, false, "2024-02-29")]
    // 2025-04-30 + 1M = 05-30 Fri: open.
    [InlineData("2025-04-30", "1M", BusinessDayConvention.ModifiedFollowing, false, "2025-05-30")]
    // 2024-04-30 is April's last business day: with end-of-month the result is May's last business day.
    [InlineData("2024-04-30", "1M", BusinessDayConvention.ModifiedFollowing, false, "2024-05-30")]
    [InlineData("2024-04-30", "1M", BusinessDayConvention.ModifiedFollowing, true, "2024-05-31")]
    // 2025-08-29 Fri is August's last business day; +1M = 09-29 Mon, or 09-30 with end-of-month.
    [InlineData("2025-08-29", "1M", BusinessDayConvention.ModifiedFollowing, false, "2025-09-29")]
    [InlineData("2025-08-29", "1M", BusinessDayConvention.ModifiedFollowing, true, "2025-09-30")]
    // 2024-09-30 + 1M = 10-30; end-of-month keeps it at 10-31.
    [InlineData("2024-09-30", "1M", BusinessDayConvention.ModifiedFollowing, true, "2024-10-31")]
    [InlineData("2024-02-29", "1Y", BusinessDayConvention.ModifiedFollowing, false, "2025-02-28")]
    // End-of-month does not apply to day tenors.
    [InlineData("2024-04-30", "7D", BusinessDayConvention.Following, true, "2024-05-07")]
    [InlineData("2024-05-05", "2W", BusinessDayConvention.Unadjusted, false, "2024-05-19")]
    public void Advances_by_tenor(string start, string tenor, BusinessDayConvention convention, bool endOfMonth, string expected)
    {
        Assert.Equal(D(expected), Interbank.Advance(D(start), Tenor.Parse(tenor), convention, endOfMonth));
    }

    [Fact]
    public void Business_days_between_includes_the_start_and_excludes_the_end()
    {
        Assert.Equal(0, Interbank.BusinessDaysBetween(D("2024-10-08"), D("2024-10-08")));
        Assert.Equal(1, Interbank.BusinessDaysBetween(D("2024-10-08"), D("2024-10-09")));
        Assert.Equal(1, Interbank.BusinessDaysBetween(D("2024-09-30"), D("2024-10-08")));
        Assert.Equal(3, Interbank.BusinessDaysBetween(D("2024-10-11"), D("2024-10-15")));   // Fri, working Sat, Mon
    }

    [Fact]
    public void Counting_may_end_the_day_after_the_last_covered_date()
    {
        Assert.Equal(248, Interbank.BusinessDaysBetween(D("2026-01-01"), D("2027-01-01")));
        Assert.Throws<DomainException>(() => Interbank.BusinessDaysBetween(D("2026-01-01"), D("2027-01-02")));
    }

    [Fact]
    public void Counting_backwards_is_refused()
    {
        Assert.Equal("end", Assert.Throws<DomainException>(() => Interbank.BusinessDaysBetween(D("2024-10-09"), D("2024-10-08"))).Field);
    }
}
