using Platform.Analytics.Indices;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Xunit;

namespace Platform.Analytics.Tests;

/// Fixing histories loaded from CSV text: all rows or none, every problem named with its line; look-ups and the
/// immutable With; the shipped demo history.
public sealed class FixingHistoryTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private const string Good = """
        # a comment
        index,date,rate
        FR007,2023-05-10,0.0182
        fr007,2023-05-09,0.0179
        SHIBOR-3M,2023-05-10,0.02456
        LPR-1Y,2023-04-20,0.0365
        """;

    [Fact]
    public void A_good_file_loads_every_series_sorted_by_date()
    {
        var history = FixingHistory.Load(Good, "good.csv");

        Assert.Equal(["FR007", "LPR-1Y", "SHIBOR-3M"], history.IndexNames.Order());
        var fr007 = history.For("FR007");
        Assert.Equal(2, fr007.Count);
        Assert.Equal([D("2023-05-09"), D("2023-05-10")], fr007.Dates.ToArray());
        Assert.Equal([0.0179, 0.0182], fr007.Rates.ToArray());
        Assert.Equal(0.02456, history.For("shibor-3m").On(D("2023-05-10")));
    }

    [Fact]
    public void Every_bad_row_is_named_with_its_line_and_nothing_is_loaded()
    {
        const string bad = """
            index,date,rate
            FR007,2023-05-10,0.0182
            LIBOR-3M,2023-05-10,0.05
            FR007,2023-13-01,0.0182
            FR007,2023-05-11,abc
            FR007,2023-05-12,1.82
            FR007,2023-05-10,0.0183
            FR007,2023-05-15
            """;

        var error = Assert.Throws<DomainException>(() => FixingHistory.Load(bad, "bad.csv"));

        Assert.Equal("fixings", error.Field);
        Assert.StartsWith("bad.csv: no fixings were loaded (6 problems)", error.Message);
        Assert.Contains("line 3: unknown index 'LIBOR-3M'", error.Message);
        Assert.Contains("line 4: '2023-13-01' is not a date", error.Message);
        Assert.Contains("line 5: 'abc' is not a number", error.Message);
        Assert.Contains("line 6: rate 1.82 is not a decimal rate", error.Message);
        Assert.Contains("line 7: FR007 2023-05-10 is listed twice (first on line 2)", error.Message);
        Assert.Contains("line 8: expected 3 fields", error.Message);
        Assert.DoesNotContain("line 2:", error.Message);
    }

    [Fact]
    public void A_wrong_column_line_is_refused() =>
        Assert.Contains("line 1: the column line must be 'index,date,rate'",
            Assert.Throws<DomainException>(() => FixingHistory.Load("date,index,rate\n2023-05-10,FR007,0.0182\n", "x.csv")).Message);

    [Fact]
    public void A_missing_fixing_says_which_and_what_the_history_holds()
    {
        var error = Assert.Throws<DomainException>(() => FixingHistory.Load(Good, "good.csv").For("FR007").On(D("2023-05-11")));
        Assert.Equal("fixings", error.Field);
        Assert.StartsWith("no FR007 fixing for 2023-05-11", error.Message);
        Assert.Contains("2023-05-09 to 2023-05-10", error.Message);
    }

    [Fact]
    public void An_index_without_fixings_has_an_empty_series_and_an_unknown_index_is_refused()
    {
        var history = FixingHistory.Load(Good, "good.csv");
        Assert.Equal(0, history.For("FDR007").Count);
        Assert.False(history.For("FDR007").TryLatestOnOrBefore(D("2030-01-01"), out _, out _));
        Assert.Equal("index", Assert.Throws<DomainException>(() => history.For("EURIBOR")).Field);
    }

    [Fact]
    public void Latest_on_or_before_gives_the_rate_in_force()
    {
        var lpr = FixingHistory.Load(Good, "good.csv").With("LPR-1Y", D("2023-06-20"), 0.0355).For("LPR-1Y");

        Assert.True(lpr.TryLatestOnOrBefore(D("2023-06-19"), out var date, out var rate));
        Assert.Equal((D("2023-04-20"), 0.0365), (date, rate));
        Assert.True(lpr.TryLatestOnOrBefore(D("2023-06-20"), out date, out rate));
        Assert.Equal((D("2023-06-20"), 0.0355), (date, rate));
        Assert.False(lpr.TryLatestOnOrBefore(D("2023-04-19"), out _, out _));
        Assert.Equal(-1, lpr.IndexOnOrBefore(D("2023-01-01")));
        Assert.Equal(1, lpr.IndexOnOrBefore(D("2024-01-01")));
    }

    [Fact]
    public void With_returns_a_new_history_and_leaves_the_old_one_alone()
    {
        var before = FixingHistory.Load(Good, "good.csv");

        var after = before.With("FR007", D("2023-05-11"), 0.0190).With("FR007", D("2023-05-09"), 0.0178);

        Assert.Equal(2, before.For("FR007").Count);
        Assert.Equal(0.0179, before.For("FR007").On(D("2023-05-09")));
        Assert.Equal([0.0178, 0.0182, 0.0190], after.For("FR007").Rates.ToArray());
        Assert.Empty(FixingHistory.Empty.IndexNames);
        Assert.Single(FixingHistory.Empty.With("FDR007", D("2024-01-02"), 0.017).IndexNames);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(2.1)]
    [InlineData(-0.2)]
    public void With_refuses_an_implausible_rate(double rate) =>
        Assert.Equal("rate", Assert.Throws<DomainException>(() => FixingHistory.Empty.With("FR007", D("2024-01-02"), rate)).Field);

    [Fact]
    public void The_demo_history_has_fr007_and_shibor_on_every_business_day_and_says_it_is_demo_data()
    {
        var history = CnyDemoFixings.History;
        var calendar = MarketCalendars.CnInterbank;
        var businessDays = calendar.BusinessDaysBetween(D("2022-01-01"), D("2026-12-01"));

        foreach (var name in new[] { "FR007", "SHIBOR-3M" })
        {
            var series = history.For(name);
            Assert.Equal(businessDays, series.Count);
            Assert.All(series.Dates.ToArray(), d => Assert.True(calendar.IsBusinessDay(d)));
            Assert.All(series.Rates.ToArray(), r => Assert.InRange(r, 0.005, 0.04));
        }
        Assert.Equal(0.015, history.For("DEPOSIT-1Y").LatestOnOrBefore(D("2024-06-30")));
        Assert.Equal(0.03, history.For("LPR-1Y").LatestOnOrBefore(D("2026-11-30")));
        Assert.True(history.For("LPR-5Y").TryLatestOnOrBefore(D("2022-01-01"), out _, out _));
        Assert.True(history.For("PRIMENCD-1Y").Count >= 58);
    }
}
