using Platform.SharedKernel;
using Xunit;
using static Platform.SharedKernel.Tests.TestDates;

namespace Platform.SharedKernel.Tests;

public sealed class TenorTests
{
    [Theory]
    [InlineData("1D", 1, TenorUnit.Day)]
    [InlineData("7D", 7, TenorUnit.Day)]
    [InlineData("2W", 2, TenorUnit.Week)]
    [InlineData("3M", 3, TenorUnit.Month)]
    [InlineData("12M", 12, TenorUnit.Month)]
    [InlineData("1Y", 1, TenorUnit.Year)]
    [InlineData("50Y", 50, TenorUnit.Year)]
    public void Parses_and_writes_back_the_same_text(string text, int amount, TenorUnit unit)
    {
        var tenor = Tenor.Parse(text);

        Assert.Equal(amount, tenor.Amount);
        Assert.Equal(unit, tenor.Unit);
        Assert.Equal(OvernightKind.None, tenor.OvernightKind);
        Assert.Equal(text, tenor.ToString());
        Assert.Equal(Tenor.Of(amount, unit), tenor);
    }

    [Theory]
    [InlineData("ON", "ON")]
    [InlineData("O/N", "ON")]
    [InlineData("on", "ON")]
    [InlineData("TN", "TN")]
    [InlineData("T/N", "TN")]
    [InlineData("3m", "3M")]
    public void Accepts_market_spellings_and_writes_the_canonical_one(string text, string canonical)
    {
        var tenor = Tenor.Parse(text);

        Assert.Equal(canonical, tenor.ToString());
        Assert.Equal(tenor, Tenor.Parse(canonical));
    }

    [Fact]
    public void Overnight_and_tomorrow_next_are_one_day_but_not_1D()
    {
        Assert.Equal(OvernightKind.Overnight, Tenor.Overnight.OvernightKind);
        Assert.Equal(OvernightKind.TomorrowNext, Tenor.TomorrowNext.OvernightKind);
        Assert.Equal(1, Tenor.Overnight.Amount);
        Assert.NotEqual(Tenor.OfDays(1), Tenor.Overnight);
        Assert.NotEqual(Tenor.Overnight, Tenor.TomorrowNext);
    }

    [Fact]
    public void Twelve_months_and_one_year_stay_as_quoted()
    {
        Assert.NotEqual(Tenor.OfMonths(12), Tenor.OfYears(1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("M")]
    [InlineData("0D")]
    [InlineData("0M")]
    [InlineData("-1M")]
    [InlineData("+1M")]
    [InlineData("1X")]
    [InlineData("1.5Y")]
    [InlineData(" 3M")]
    [InlineData("3M ")]
    [InlineData("3 M")]
    [InlineData("3MM")]
    [InlineData("101Y")]
    [InlineData("1201M")]
    [InlineData("99999999999Y")]
    [InlineData("O/N/")]
    [InlineData("SN")]
    public void Malformed_tenors_are_refused(string text)
    {
        var e = Assert.Throws<DomainException>(() => Tenor.Parse(text));

        Assert.Equal("tenor", e.Field);
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.False(Tenor.TryParse(text, out _));
    }

    [Fact]
    public void Null_text_is_refused()
    {
        Assert.Throws<DomainException>(() => Tenor.Parse(null!));
        Assert.False(Tenor.TryParse(null, out _));
    }

    [Theory]
    [InlineData(0, TenorUnit.Day)]
    [InlineData(-1, TenorUnit.Month)]
    [InlineData(101, TenorUnit.Year)]
    public void Building_with_an_amount_out_of_range_is_refused(int amount, TenorUnit unit)
    {
        Assert.Equal("amount", Assert.Throws<DomainException>(() => Tenor.Of(amount, unit)).Field);
    }

    [Fact]
    public void Building_with_an_unknown_unit_is_refused()
    {
        Assert.Equal("unit", Assert.Throws<DomainException>(() => Tenor.Of(1, (TenorUnit)9)).Field);
    }

    [Theory]
    [InlineData("2024-01-31", "1M", "2024-02-29")]
    [InlineData("2023-01-31", "1M", "2023-02-28")]
    [InlineData("2024-03-31", "1M", "2024-04-30")]
    [InlineData("2024-01-31", "3M", "2024-04-30")]
    [InlineData("2024-02-29", "1Y", "2025-02-28")]
    [InlineData("2024-02-29", "4Y", "2028-02-29")]
    [InlineData("2024-02-28", "1M", "2024-03-28")]
    [InlineData("2024-12-31", "2M", "2025-02-28")]
    [InlineData("2024-01-25", "2W", "2024-02-08")]
    [InlineData("2024-02-28", "7D", "2024-03-06")]
    [InlineData("2024-02-28", "ON", "2024-02-29")]
    public void Adds_calendar_time_clamping_to_the_month_end(string start, string tenor, string expected)
    {
        Assert.Equal(D(expected), Tenor.Parse(tenor).AddTo(D(start)));
    }
}
