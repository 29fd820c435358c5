using System.Globalization;

namespace Platform.SharedKernel.Calendars;

/// <summary>Date formatting and the coverage messages, which must tell an operator exactly which year of data to add.</summary>
internal static class CalendarText
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public static string NotCovered(IBusinessCalendar calendar, DateOnly date) =>
        date > calendar.LastCoveredDate
            ? $"calendar {calendar.Name} (version {calendar.Version}) covers only up to {Iso(calendar.LastCoveredDate)}, so it cannot "
              + $"answer for {Iso(date)}: the holiday schedule of {Years(calendar.LastCoveredDate.AddDays(1).Year, date.Year)} must be added to its data file"
            : $"calendar {calendar.Name} (version {calendar.Version}) covers only from {Iso(calendar.FirstCoveredDate)}, so it cannot "
              + $"answer for {Iso(date)}: the holiday schedule of {Years(date.Year, calendar.FirstCoveredDate.AddDays(-1).Year)} must be added to its data file";

    public static string AdvancePastCoverage(IBusinessCalendar calendar, DateOnly date, int businessDays) =>
        businessDays > 0
            ? $"moving {Iso(date)} forward {businessDays} business day(s) goes past {Iso(calendar.LastCoveredDate)}, the last date calendar "
              + $"{calendar.Name} (version {calendar.Version}) covers: the holiday schedule of {calendar.LastCoveredDate.AddDays(1).Year} must be added to its data file"
            : $"moving {Iso(date)} back {-(long)businessDays} business day(s) goes before {Iso(calendar.FirstCoveredDate)}, the first date calendar "
              + $"{calendar.Name} (version {calendar.Version}) covers: the holiday schedule of {calendar.FirstCoveredDate.AddDays(-1).Year} must be added to its data file";

    private static string Years(int from, int to) =>
        from == to ? from.ToString(CultureInfo.InvariantCulture) : $"each year from {from} to {to}";
}
