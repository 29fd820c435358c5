using System.Text.Json;
using Platform.SharedKernel.Calendars;
using Platform.SharedKernel.Tests.Vectors;
using Xunit;
using static Platform.SharedKernel.Tests.TestDates;

namespace Platform.SharedKernel.Tests.Calendars;

/// <summary>The inter-bank calendar against independent QuantLib 1.29 China(IB) cases; every answer must match exactly.</summary>
public sealed class CnCalendarVectorTests
{
    private static readonly BusinessCalendar Interbank = MarketCalendars.CnInterbank;

    public static TheoryData<string> YearCases => [.. CnCalendarVectors.CaseIds("year")];
    public static TheoryData<string> AdvanceCases => [.. CnCalendarVectors.CaseIds("advance")];
    public static TheoryData<string> BetweenCases => [.. CnCalendarVectors.CaseIds("business_days_between")];

    [Fact]
    public void The_vector_file_has_cases_of_every_kind()
    {
        Assert.NotEmpty(YearCases);
        Assert.NotEmpty(AdvanceCases);
        Assert.NotEmpty(BetweenCases);
    }

    [Theory]
    [MemberData(nameof(YearCases))]
    public void Interbank_year_matches_QuantLib_holidays_and_working_weekends(string caseId)
    {
        var c = CnCalendarVectors.Case(caseId);
        int year = c.GetProperty("inputs").GetProperty("year").GetInt32();
        var expected = c.GetProperty("expected");

        var days = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365).Select(i => new DateOnly(year, 1, 1).AddDays(i)).ToList();
        bool Weekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

        Assert.Equal(Dates(expected.GetProperty("weekday_holidays")), days.Where(d => !Weekend(d) && !Interbank.IsBusinessDay(d)));
        Assert.Equal(Dates(expected.GetProperty("working_weekends")), days.Where(d => Weekend(d) && Interbank.IsBusinessDay(d)));
        Assert.Equal(expected.GetProperty("business_day_count").GetInt32(), days.Count(Interbank.IsBusinessDay));
        Assert.Equal(expected.GetProperty("business_day_count").GetInt32(),
            Interbank.BusinessDaysBetween(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1)));
    }

    [Theory]
    [MemberData(nameof(AdvanceCases))]
    public void Interbank_advance_matches_QuantLib(string caseId)
    {
        var c = CnCalendarVectors.Case(caseId);
        var date = D(c.GetProperty("inputs").GetProperty("date").GetString()!);
        int businessDays = c.GetProperty("inputs").GetProperty("business_days").GetInt32();
        var expected = c.GetProperty("expected");

        Assert.Equal(D(expected.GetProperty("result").GetString()!), Interbank.Advance(date, businessDays));
        Assert.Equal(expected.GetProperty("start_is_business_day").GetBoolean(), Interbank.IsBusinessDay(date));
    }

    [Theory]
    [MemberData(nameof(BetweenCases))]
    public void Interbank_business_days_between_matches_QuantLib(string caseId)
    {
        var c = CnCalendarVectors.Case(caseId);
        var inputs = c.GetProperty("inputs");

        Assert.Equal(c.GetProperty("expected").GetProperty("count").GetInt32(),
            Interbank.BusinessDaysBetween(D(inputs.GetProperty("start").GetString()!), D(inputs.GetProperty("end").GetString()!)));
    }

    private static List<DateOnly> Dates(JsonElement array) => [.. array.EnumerateArray().Select(e => D(e.GetString()!))];
}
