using BenchmarkDotNet.Attributes;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;

namespace Platform.Benchmarks;

/// <summary>
/// Calendar questions sit inside schedule generation and pricing loops: each should be a lookup with no allocation.
/// The start date is a Friday before a working weekend and the National Day week, so the answers cross both.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private static readonly DateOnly Start = new(2024, 9, 27);
    private static readonly Tenor ThreeMonths = Tenor.OfMonths(3);
    private readonly BusinessCalendar _interbank = MarketCalendars.CnInterbank;

    [Benchmark]
    public bool IsBusinessDay() => _interbank.IsBusinessDay(Start);

    [Benchmark]
    public DateOnly AdvanceOneBusinessDay() => _interbank.Advance(Start, 1);

    [Benchmark]
    public DateOnly AdvanceTenBusinessDays() => _interbank.Advance(Start, 10);

    [Benchmark]
    public DateOnly GoBackFiveBusinessDays() => _interbank.Advance(Start, -5);

    [Benchmark]
    public DateOnly AdvanceThreeMonthsModifiedFollowingEndOfMonth() =>
        _interbank.Advance(Start, ThreeMonths, BusinessDayConvention.ModifiedFollowing, endOfMonth: true);

    [Benchmark]
    public int BusinessDaysInAYear() => _interbank.BusinessDaysBetween(new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1));
}
