namespace Platform.SharedKernel.Calendars;

/// <summary>
/// Which days a market is open 交易日历, over a known range of dates. A question about a date outside that range
/// throws a <see cref="DomainException"/> rather than guessing: an uncovered year is not "weekends only".
/// </summary>
public interface IBusinessCalendar
{
    /// <summary>A short name such as <c>cn-interbank</c>.</summary>
    string Name { get; }

    /// <summary>The data version, so a result can say which holiday schedule it used.</summary>
    string Version { get; }

    DateOnly FirstCoveredDate { get; }
    DateOnly LastCoveredDate { get; }

    bool IsBusinessDay(DateOnly date);

    /// <summary>The date moved to a business day by <paramref name="convention"/>.</summary>
    DateOnly Adjust(DateOnly date, BusinessDayConvention convention);

    /// <summary>
    /// For n &gt; 0 the n-th business day strictly after <paramref name="date"/>, for n &lt; 0 the |n|-th strictly before
    /// (whether or not the date is itself a business day); for 0 the date adjusted Following.
    /// </summary>
    DateOnly Advance(DateOnly date, int businessDays);

    /// <summary>
    /// The date a tenor after <paramref name="date"/>. ON and TN are one business day. D and W count calendar days and
    /// M and Y calendar months (as repo 7D and deposit 1M do), then <paramref name="convention"/> adjusts the result.
    /// With <paramref name="endOfMonth"/>, a date on or after its month's last business day maps to the last business
    /// day of the target month (M and Y only).
    /// </summary>
    DateOnly Advance(DateOnly date, Tenor tenor, BusinessDayConvention convention, bool endOfMonth);

    /// <summary>The number of business days d with start &lt;= d &lt; end.</summary>
    int BusinessDaysBetween(DateOnly start, DateOnly end);

    /// <summary>The first business day strictly after <paramref name="date"/>.</summary>
    DateOnly NextBusinessDay(DateOnly date);

    /// <summary>The last business day strictly before <paramref name="date"/>.</summary>
    DateOnly PreviousBusinessDay(DateOnly date);

    /// <summary>The last business day of <paramref name="date"/>'s month.</summary>
    DateOnly LastBusinessDayOfMonth(DateOnly date);
}
