namespace Platform.Analytics.Schedules;

/// Generates the dates of a <see cref="PeriodicSchedule"/> from one end, each as a whole number of periods from that
/// end (so month-end clamping never drifts), adjusting each date once; then merges or keeps the stub. Two dates that
/// adjust to the same business day are one date, as in QuantLib, so no period is empty. Arrays, no lists: swaps and
/// curves resolve thousands of schedules.
internal static class ScheduleGenerator
{
    public static Schedule Generate(PeriodicSchedule s)
    {
        var backward = s.Stub is StubConvention.ShortInitial or StubConvention.LongInitial;
        var capacity = ((s.EndDate.Year - s.StartDate.Year) * 12 + s.EndDate.Month - s.StartDate.Month) / s.MonthsPerPeriod + 3;
        var unadjusted = new DateOnly[capacity];
        var adjusted = new DateOnly[capacity];
        var count = backward ? Backward(s, unadjusted, adjusted) : Forward(s, unadjusted, adjusted);
        var hasStub = backward
            ? unadjusted[0] != AddPeriods(s, s.EndDate, -(count - 1))
            : unadjusted[count - 1] != AddPeriods(s, s.StartDate, count - 1);
        var merge = hasStub && count > 2 && (s.Stub is StubConvention.LongInitial or StubConvention.LongFinal);
        var skip = !merge ? -1 : backward ? 1 : count - 2;   // the date a long stub swallows
        var periods = new SchedulePeriod[count - 1 - (merge ? 1 : 0)];
        var stubIndex = !hasStub ? -1 : backward ? 0 : periods.Length - 1;
        var previous = 0;
        var p = 0;
        for (var i = 1; i < count; i++)
        {
            if (i == skip) continue;
            var end = i == count - 1 && s.Calendar is { } calendar ? calendar.Adjust(unadjusted[i], s.EndDateConvention) : adjusted[i];
            periods[p] = new SchedulePeriod(unadjusted[previous], unadjusted[i], adjusted[previous], end, p != stubIndex);
            previous = i;
            p++;
        }
        return new Schedule(periods);
    }

    /// Fills the dates in ascending order and returns how many there are.
    private static int Backward(PeriodicSchedule s, DateOnly[] unadjusted, DateOnly[] adjusted)
    {
        // Generate from the end into the back of the arrays, then move them to the front.
        var last = unadjusted.Length - 1;
        var i = last;
        unadjusted[i] = s.EndDate;
        adjusted[i] = Adjusted(s, s.EndDate);
        for (var k = 1; ; k++)
        {
            var date = AddPeriods(s, s.EndDate, -k);
            if (date <= s.StartDate) break;
            var a = Adjusted(s, date);
            if (a == adjusted[i]) continue;
            i--;
            unadjusted[i] = date;
            adjusted[i] = a;
        }
        var start = Adjusted(s, s.StartDate);
        if (i < last && adjusted[i] == start) i++;
        i--;
        unadjusted[i] = s.StartDate;
        adjusted[i] = start;
        var count = unadjusted.Length - i;
        Array.Copy(unadjusted, i, unadjusted, 0, count);
        Array.Copy(adjusted, i, adjusted, 0, count);
        return count;
    }

    private static int Forward(PeriodicSchedule s, DateOnly[] unadjusted, DateOnly[] adjusted)
    {
        var i = 0;
        unadjusted[0] = s.StartDate;
        adjusted[0] = Adjusted(s, s.StartDate);
        for (var k = 1; ; k++)
        {
            var date = AddPeriods(s, s.StartDate, k);
            if (date >= s.EndDate) break;
            var a = Adjusted(s, date);
            if (a == adjusted[i]) continue;
            i++;
            unadjusted[i] = date;
            adjusted[i] = a;
        }
        var end = Adjusted(s, s.EndDate);
        if (i > 0 && adjusted[i] == end) i--;
        i++;
        unadjusted[i] = s.EndDate;
        adjusted[i] = end;
        return i + 1;
    }

    /// The date k periods from an anchor; with the end-of-month rule, an anchor on its month's last day (last business
    /// day when there is a calendar) gives month ends.
    private static DateOnly AddPeriods(PeriodicSchedule s, DateOnly anchor, int k)
    {
        var date = AddMonths(anchor, k * s.MonthsPerPeriod);
        if (!s.EndOfMonth || !IsMonthEnd(s, anchor)) return date;
        return new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
    }

    /// DateOnly.AddMonths without the trip through DateTime: the same date, clamped to the month's end.
    private static DateOnly AddMonths(DateOnly date, int months)
    {
        var total = date.Year * 12 + date.Month - 1 + months;
        var (year, month) = (total / 12, total % 12 + 1);
        return new DateOnly(year, month, Math.Min(date.Day, DateTime.DaysInMonth(year, month)));
    }

    private static bool IsMonthEnd(PeriodicSchedule s, DateOnly date) => s.Calendar is { } calendar
        ? calendar.LastBusinessDayOfMonth(date) <= date
        : date.Day == DateTime.DaysInMonth(date.Year, date.Month);

    private static DateOnly Adjusted(PeriodicSchedule s, DateOnly date) =>
        s.Calendar is { } calendar ? calendar.Adjust(date, s.Convention) : date;
}
