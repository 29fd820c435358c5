using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;

namespace Platform.Analytics.Schedules;

/// A schedule as a contract defines it 付息计划: start and end dates, period length in months, how dates are moved off
/// non-business days, stub convention and end-of-month rule. <see cref="Resolve"/> generates the periods.
public sealed record PeriodicSchedule
{
    public DateOnly StartDate { get; }
    public DateOnly EndDate { get; }
    public int MonthsPerPeriod { get; }
    public IBusinessCalendar? Calendar { get; }
    public BusinessDayConvention Convention { get; }
    public BusinessDayConvention EndDateConvention { get; }
    public StubConvention Stub { get; }
    public bool EndOfMonth { get; }

    private PeriodicSchedule(DateOnly start, DateOnly end, int months, IBusinessCalendar? calendar, BusinessDayConvention convention,
        BusinessDayConvention endConvention, StubConvention stub, bool endOfMonth) =>
        (StartDate, EndDate, MonthsPerPeriod, Calendar, Convention, EndDateConvention, Stub, EndOfMonth) =
        (start, end, months, calendar, convention, endConvention, stub, endOfMonth);

    /// A schedule; with no calendar the dates stay unadjusted (bond coupon dates are paid as the anniversaries).
    public static PeriodicSchedule Of(DateOnly startDate, DateOnly endDate, int monthsPerPeriod, IBusinessCalendar? calendar = null,
        BusinessDayConvention convention = BusinessDayConvention.Unadjusted, BusinessDayConvention? endDateConvention = null,
        StubConvention stub = StubConvention.ShortInitial, bool endOfMonth = false)
    {
        if (endDate <= startDate)
            throw new DomainException($"the end date {endDate:yyyy-MM-dd} must be after the start date {startDate:yyyy-MM-dd}", "endDate");
        if (monthsPerPeriod is < 1 or > 12 || 12 % monthsPerPeriod != 0)
            throw new DomainException($"a period must be 1, 2, 3, 4, 6 or 12 months, was {monthsPerPeriod}", "frequency");
        if (endDate.AddYears(-100) > startDate)
            throw new DomainException("a schedule of more than 100 years is not supported", "endDate");
        if (stub is < StubConvention.ShortInitial or > StubConvention.LongFinal)
            throw new DomainException($"unknown stub convention {(int)stub}", "stub");
        return new(startDate, endDate, monthsPerPeriod, calendar, convention, endDateConvention ?? convention, stub, endOfMonth);
    }

    public Schedule Resolve() => ScheduleGenerator.Generate(this);
}
