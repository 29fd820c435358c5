namespace Platform.SharedKernel.Calendars;

/// <summary>
/// A market's business days over a covered range, Monday–Friday open and weekends closed except for listed dates.
/// Built once (from a data file or lists); every question after that is an array lookup with no allocation.
/// </summary>
public sealed class BusinessCalendar : IBusinessCalendar
{
    private readonly BusinessDayIndex _index;

    private BusinessCalendar(string name, string version, DateOnly firstCoveredDate, DateOnly lastCoveredDate, BusinessDayIndex index)
    {
        Name = name;
        Version = version;
        FirstCoveredDate = firstCoveredDate;
        LastCoveredDate = lastCoveredDate;
        _index = index;
    }

    public string Name { get; }
    public string Version { get; }
    public DateOnly FirstCoveredDate { get; }
    public DateOnly LastCoveredDate { get; }

    /// <summary>
    /// A calendar from its exceptions to the weekend rule: <paramref name="closedWeekdays"/> are Monday–Friday dates on
    /// which the market is closed, <paramref name="openWeekendDays"/> Saturdays or Sundays on which it is open (调休).
    /// </summary>
    public static BusinessCalendar Create(string name, string version, DateOnly firstCoveredDate, DateOnly lastCoveredDate,
        IEnumerable<DateOnly> closedWeekdays, IEnumerable<DateOnly> openWeekendDays)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("a calendar needs a name", "name");
        if (string.IsNullOrWhiteSpace(version))
            throw new DomainException($"calendar {name} needs a version", "version");
        if (lastCoveredDate < firstCoveredDate)
            throw new DomainException(
                $"calendar {name}'s last covered date {CalendarText.Iso(lastCoveredDate)} is before its first {CalendarText.Iso(firstCoveredDate)}",
                "lastCoveredDate");

        var isBusinessDay = new bool[lastCoveredDate.DayNumber - firstCoveredDate.DayNumber + 1];
        for (int offset = 0; offset < isBusinessDay.Length; offset++)
            isBusinessDay[offset] = !CalendarText.IsWeekend(DateOnly.FromDayNumber(firstCoveredDate.DayNumber + offset));

        foreach (var date in closedWeekdays)
            isBusinessDay[ExceptionOffset(name, firstCoveredDate, lastCoveredDate, date, expectWeekend: false, "closedWeekdays")] = false;
        foreach (var date in openWeekendDays)
            isBusinessDay[ExceptionOffset(name, firstCoveredDate, lastCoveredDate, date, expectWeekend: true, "openWeekendDays")] = true;

        return new(name, version, firstCoveredDate, lastCoveredDate, new BusinessDayIndex(firstCoveredDate.DayNumber, isBusinessDay));
    }

    /// <summary>
    /// Reads a calendar data file (format in the SharedKernel README), e.g. an updated schedule an operator supplies.
    /// <paramref name="sourceName"/> names the file in error messages. The stream is left open.
    /// </summary>
    public static BusinessCalendar Load(Stream stream, string sourceName) => CalendarFileReader.Read(stream, sourceName);

    public bool IsBusinessDay(DateOnly date) => _index.IsBusinessDay(OffsetOf(date));

    public DateOnly Adjust(DateOnly date, BusinessDayConvention convention) => convention switch
    {
        BusinessDayConvention.Unadjusted => date,
        BusinessDayConvention.Following => Following(date),
        BusinessDayConvention.Preceding => Preceding(date),
        BusinessDayConvention.ModifiedFollowing => Following(date) is var next && next.Month == date.Month ? next : Preceding(date),
        BusinessDayConvention.ModifiedPreceding => Preceding(date) is var previous && previous.Month == date.Month ? previous : Following(date),
        BusinessDayConvention.Nearest => Nearest(date),
        _ => throw new DomainException($"unknown business day convention {(int)convention}", "convention"),
    };

    public DateOnly Advance(DateOnly date, int businessDays)
    {
        int offset = OffsetOf(date);
        if (businessDays == 0)
            return Following(date);
        // Business days strictly before the date, plus the n-th after it (or minus the |n|-th before it).
        long ordinal = businessDays > 0
            ? _index.CountBefore(offset + 1) + (long)businessDays - 1
            : _index.CountBefore(offset) + (long)businessDays;
        return ordinal >= 0 && ordinal < _index.BusinessDayCount
            ? DateOnly.FromDayNumber(_index.DayNumberOf((int)ordinal))
            : throw new DomainException(CalendarText.AdvancePastCoverage(this, date, businessDays), "businessDays");
    }

    public DateOnly Advance(DateOnly date, Tenor tenor, BusinessDayConvention convention, bool endOfMonth)
    {
        if (tenor.OvernightKind != OvernightKind.None)
            return Advance(date, 1);
        var unadjusted = tenor.AddTo(date);
        bool monthly = tenor.Unit is TenorUnit.Month or TenorUnit.Year;
        return monthly && endOfMonth && IsOnOrAfterLastBusinessDayOfMonth(date)
            ? LastBusinessDayOfMonth(unadjusted)
            : Adjust(unadjusted, convention);
    }

    public int BusinessDaysBetween(DateOnly start, DateOnly end)
    {
        if (end < start)
            throw new DomainException(
                $"the end {CalendarText.Iso(end)} of a business-day count is before its start {CalendarText.Iso(start)}", "end");
        int startOffset = OffsetOf(start);
        // The end is excluded, so the day after the last covered date is a valid end.
        int endOffset = end.DayNumber - _index.FirstDayNumber;
        if (endOffset > _index.DayCount)
            throw new DomainException(CalendarText.NotCovered(this, end.AddDays(-1)), "end");
        return _index.CountBefore(endOffset) - _index.CountBefore(startOffset);
    }

    public DateOnly NextBusinessDay(DateOnly date) => Advance(date, 1);

    public DateOnly PreviousBusinessDay(DateOnly date) => Advance(date, -1);

    public DateOnly LastBusinessDayOfMonth(DateOnly date) =>
        Preceding(new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)));

    public override string ToString() =>
        $"{Name} {Version} ({CalendarText.Iso(FirstCoveredDate)}..{CalendarText.Iso(LastCoveredDate)})";

    private DateOnly Following(DateOnly date) => IsBusinessDay(date) ? date : Advance(date, 1);

    private DateOnly Preceding(DateOnly date) => IsBusinessDay(date) ? date : Advance(date, -1);

    private DateOnly Nearest(DateOnly date)
    {
        if (IsBusinessDay(date))
            return date;
        var next = Advance(date, 1);
        var previous = Advance(date, -1);
        return next.DayNumber - date.DayNumber <= date.DayNumber - previous.DayNumber ? next : previous;
    }

    private bool IsOnOrAfterLastBusinessDayOfMonth(DateOnly date) => Advance(date, 1).Month != date.Month;

    private int OffsetOf(DateOnly date)
    {
        int offset = date.DayNumber - _index.FirstDayNumber;
        return (uint)offset < (uint)_index.DayCount
            ? offset
            : throw new DomainException(CalendarText.NotCovered(this, date), "date");
    }

    private static int ExceptionOffset(string name, DateOnly first, DateOnly last, DateOnly date, bool expectWeekend, string field)
    {
        if (date < first || date > last)
            throw new DomainException(
                $"calendar {name} lists {CalendarText.Iso(date)}, outside the range it covers ({CalendarText.Iso(first)} to {CalendarText.Iso(last)})", field);
        if (CalendarText.IsWeekend(date) != expectWeekend)
            throw new DomainException(expectWeekend
                ? $"calendar {name} lists {CalendarText.Iso(date)} as an open weekend day, but it is a {date.DayOfWeek}"
                : $"calendar {name} lists {CalendarText.Iso(date)} as a closed weekday, but it is a {date.DayOfWeek}: weekends are closed anyway", field);
        return date.DayNumber - first.DayNumber;
    }
}
