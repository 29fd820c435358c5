using Platform.Analytics.Schedules;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Xunit;

namespace Platform.Analytics.Tests;

/// Schedule generation: direction, stubs, end of month and adjustment.
public sealed class ScheduleTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static (DateOnly Start, DateOnly End, bool Regular)[] Periods(PeriodicSchedule s) =>
        [.. s.Resolve().Periods.ToArray().Select(p => (p.UnadjustedStart, p.UnadjustedEnd, p.IsRegular))];

    [Fact]
    public void Whole_periods_have_no_stub_in_either_direction()
    {
        foreach (var stub in Enum.GetValues<StubConvention>())
        {
            var periods = Periods(PeriodicSchedule.Of(D(2024, 3, 15), D(2026, 3, 15), 6, stub: stub));
            Assert.Equal([D(2024, 3, 15), D(2024, 9, 15), D(2025, 3, 15), D(2025, 9, 15)], periods.Select(p => p.Start));
            Assert.All(periods, p => Assert.True(p.Regular));
        }
    }

    [Fact]
    public void A_short_initial_stub_runs_from_the_start_to_the_first_date_counted_back()
    {
        var periods = Periods(PeriodicSchedule.Of(D(2024, 5, 10), D(2026, 3, 15), 6));

        Assert.Equal((D(2024, 5, 10), D(2024, 9, 15), false), periods[0]);
        Assert.Equal(4, periods.Length);
        Assert.All(periods.Skip(1), p => Assert.True(p.Regular));
    }

    [Fact]
    public void A_long_initial_stub_merges_the_short_one_into_the_next_period()
    {
        var periods = Periods(PeriodicSchedule.Of(D(2024, 5, 10), D(2026, 3, 15), 6, stub: StubConvention.LongInitial));

        Assert.Equal((D(2024, 5, 10), D(2025, 3, 15), false), periods[0]);
        Assert.Equal(3, periods.Length);
    }

    [Fact]
    public void Final_stubs_are_generated_forward_from_the_start()
    {
        var shortFinal = Periods(PeriodicSchedule.Of(D(2024, 3, 15), D(2025, 5, 10), 6, stub: StubConvention.ShortFinal));
        var longFinal = Periods(PeriodicSchedule.Of(D(2024, 3, 15), D(2025, 5, 10), 6, stub: StubConvention.LongFinal));

        Assert.Equal((D(2025, 3, 15), D(2025, 5, 10), false), shortFinal[^1]);
        Assert.Equal((D(2024, 9, 15), D(2025, 5, 10), false), longFinal[^1]);
        Assert.Equal(3, shortFinal.Length);
        Assert.Equal(2, longFinal.Length);
    }

    [Fact]
    public void End_of_month_keeps_month_ends_and_without_it_dates_never_drift()
    {
        var eom = Periods(PeriodicSchedule.Of(D(2024, 2, 29), D(2025, 2, 28), 3, endOfMonth: true, stub: StubConvention.ShortFinal));
        var plain = Periods(PeriodicSchedule.Of(D(2024, 8, 31), D(2026, 2, 28), 6));

        Assert.Equal([D(2024, 2, 29), D(2024, 5, 31), D(2024, 8, 31), D(2024, 11, 30)], eom.Select(p => p.Start));
        Assert.Equal([D(2024, 8, 31), D(2025, 2, 28), D(2025, 8, 28)], plain.Select(p => p.Start));
    }

    [Fact]
    public void Adjusted_dates_move_off_holidays_and_unadjusted_ones_stay()
    {
        var s = PeriodicSchedule.Of(D(2025, 7, 1), D(2026, 10, 1), 3, MarketCalendars.CnInterbank, BusinessDayConvention.ModifiedFollowing).Resolve();

        Assert.Equal(D(2025, 10, 1), s[0].UnadjustedEnd);
        Assert.Equal(D(2025, 10, 9), s[0].End);     // National Day week and the Mid-Autumn holiday, then Following within October
        Assert.Equal(D(2025, 10, 9), s[1].Start);
        Assert.Equal(D(2026, 10, 8), s[^1].End);
    }

    [Fact]
    public void Bad_schedules_are_refused_naming_the_field()
    {
        Assert.Equal("endDate", Assert.Throws<DomainException>(() => PeriodicSchedule.Of(D(2025, 1, 1), D(2025, 1, 1), 3)).Field);
        Assert.Equal("frequency", Assert.Throws<DomainException>(() => PeriodicSchedule.Of(D(2025, 1, 1), D(2026, 1, 1), 5)).Field);
        Assert.Equal("stub", Assert.Throws<DomainException>(() => PeriodicSchedule.Of(D(2025, 1, 1), D(2026, 1, 1), 3, stub: (StubConvention)9)).Field);
    }
}
