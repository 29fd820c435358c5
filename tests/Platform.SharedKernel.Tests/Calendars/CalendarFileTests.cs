using System.Text;
using Platform.SharedKernel.Calendars;
using Xunit;
using static Platform.SharedKernel.Tests.TestDates;

namespace Platform.SharedKernel.Tests.Calendars;

/// <summary>Loading a calendar an operator supplies, and every way its file can be wrong.</summary>
public sealed class CalendarFileTests
{
    private const string Header = """
        # calendar: test-market
        # version: 7
        # covers: 2030-01-01..2030-12-31
        # sources: typed by hand for this test
        """;

    // 2030-01-01 is a Tuesday, 2030-01-05 a Saturday.
    private const string ValidFile = Header + """

        date,kind,note
        2030-01-01,closed,New Year 元旦
        2030-01-05,open,working weekend 调休, with a comma in the note
        """;

    private static BusinessCalendar Load(string text) =>
        BusinessCalendar.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test-market.csv");

    [Fact]
    public void A_calendar_loads_from_a_custom_stream()
    {
        var calendar = Load(ValidFile);

        Assert.Equal("test-market", calendar.Name);
        Assert.Equal("7", calendar.Version);
        Assert.Equal(D("2030-01-01"), calendar.FirstCoveredDate);
        Assert.Equal(D("2030-12-31"), calendar.LastCoveredDate);
        Assert.False(calendar.IsBusinessDay(D("2030-01-01")));
        Assert.True(calendar.IsBusinessDay(D("2030-01-02")));
        Assert.True(calendar.IsBusinessDay(D("2030-01-05")));
        Assert.False(calendar.IsBusinessDay(D("2030-01-06")));
        Assert.Equal(D("2030-01-05"), calendar.Advance(D("2030-01-04"), 1));
    }

    [Fact]
    public void Loading_leaves_the_stream_open_for_its_owner()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ValidFile));

        BusinessCalendar.Load(stream, "test-market.csv");

        Assert.True(stream.CanRead);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ValidFile)];

        Assert.Equal("test-market", BusinessCalendar.Load(new MemoryStream(bytes), "bom.csv").Name);
    }

    [Theory]
    [InlineData("2030-01-07,open,", "line 7", "only a Saturday or Sunday can be listed as open")]
    [InlineData("2030-01-06,closed,", "line 7", "weekends are closed anyway")]
    [InlineData("2030-01-02,shut,", "line 7", "kind must be 'closed' or 'open'")]
    [InlineData("2030-1-2,closed,", "line 7", "is not a date written yyyy-MM-dd")]
    [InlineData("2030-01-02", "line 7", "expected 'date,kind,note'")]
    [InlineData("2031-01-02,closed,", "line 7", "outside the covered range")]
    [InlineData("2030-01-01,closed,again", "line 7", "listed twice (also on line 6)")]
    public void A_bad_row_is_refused_naming_its_line(string row, string line, string problem)
    {
        var e = Assert.Throws<DomainException>(() => Load(Header + "\ndate,kind,note\n2030-01-01,closed,\n" + row + "\n"));

        Assert.Contains("test-market.csv " + line, e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("calendar")]
    [InlineData("version")]
    [InlineData("covers")]
    public void A_missing_header_is_refused(string key)
    {
        string withoutKey = string.Join('\n', ValidFile.Split('\n').Where(l => !l.StartsWith($"# {key}:", StringComparison.Ordinal)));

        var e = Assert.Throws<DomainException>(() => Load(withoutKey));

        Assert.Contains($"'# {key}: ...' is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_header_is_refused()
    {
        var e = Assert.Throws<DomainException>(() => Load("# version: 8\n" + ValidFile));

        Assert.Contains("'version' header appears twice", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2030-01-01")]
    [InlineData("2030-12-31..2030-01-01")]
    [InlineData("2030-01-01..next year")]
    public void A_malformed_covers_header_is_refused(string covers)
    {
        Assert.Throws<DomainException>(() => Load(ValidFile.Replace("2030-01-01..2030-12-31", covers, StringComparison.Ordinal)));
    }

    [Fact]
    public void Rows_before_the_column_line_are_refused()
    {
        var e = Assert.Throws<DomainException>(() => Load(Header + "\n2030-01-01,closed,\n"));

        Assert.Contains("expected the column line 'date,kind,note'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extending_covers_into_a_year_without_its_holidays_is_refused()
    {
        // The mistake this guards against: moving covers to 2031 and forgetting to type 2031's schedule.
        string text = ValidFile.Replace("2030-12-31", "2031-12-31", StringComparison.Ordinal);

        var e = Assert.Throws<DomainException>(() => Load(text));

        Assert.Contains("covers 2031 but lists no closed weekday", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_builds_a_calendar_from_lists()
    {
        var calendar = BusinessCalendar.Create("lists", "1", D("2030-01-01"), D("2030-01-31"),
            closedWeekdays: [D("2030-01-01")], openWeekendDays: [D("2030-01-05")]);

        // January 2030 has 23 weekdays: minus New Year, plus the working Saturday.
        Assert.Equal(23, calendar.BusinessDaysBetween(D("2030-01-01"), D("2030-02-01")));
    }

    [Fact]
    public void Create_refuses_inconsistent_lists()
    {
        var first = D("2030-01-01");
        var last = D("2030-01-31");

        Assert.Equal("closedWeekdays", Assert.Throws<DomainException>(() => BusinessCalendar.Create("x", "1", first, last, [D("2030-01-05")], [])).Field);
        Assert.Equal("openWeekendDays", Assert.Throws<DomainException>(() => BusinessCalendar.Create("x", "1", first, last, [], [D("2030-01-07")])).Field);
        Assert.Equal("closedWeekdays", Assert.Throws<DomainException>(() => BusinessCalendar.Create("x", "1", first, last, [D("2030-02-01")], [])).Field);
        Assert.Equal("lastCoveredDate", Assert.Throws<DomainException>(() => BusinessCalendar.Create("x", "1", last, first, [], [])).Field);
        Assert.Equal("name", Assert.Throws<DomainException>(() => BusinessCalendar.Create(" ", "1", first, last, [], [])).Field);
        Assert.Equal("version", Assert.Throws<DomainException>(() => BusinessCalendar.Create("x", "", first, last, [], [])).Field);
    }
}
