using System.Globalization;
using Platform.SharedKernel;
using Xunit;

namespace Platform.SharedKernel.Tests;

public sealed class CurrencyAmountTests
{
    private static CurrencyAmount Cny(decimal amount) => CurrencyAmount.Of(Currency.CNY, amount);
    private static CurrencyAmount Usd(decimal amount) => CurrencyAmount.Of(Currency.USD, amount);

    [Fact]
    public void An_amount_without_a_currency_is_refused()
    {
        var e = Assert.Throws<DomainException>(() => CurrencyAmount.Of(default, 1m));
        Assert.Equal("currency", e.Field);
    }

    [Fact]
    public void Arithmetic_within_one_currency_is_exact()
    {
        Assert.Equal(Cny(0.3m), Cny(0.1m) + Cny(0.2m));
        Assert.Equal(Cny(-0.1m), Cny(0.1m) - Cny(0.2m));
        Assert.Equal(Cny(-5m), -Cny(5m));
        Assert.Equal(Cny(7.5m), Cny(2.5m) * 3m);
        Assert.Equal(Cny(7.5m), 3m * Cny(2.5m));
        Assert.Equal(Cny(2.5m), Cny(7.5m) / 3m);
        Assert.Equal(Cny(0m), CurrencyAmount.Zero(Currency.CNY));
    }

    [Fact]
    public void Adding_different_currencies_is_refused_naming_both()
    {
        var e = Assert.Throws<DomainException>(() => Cny(1m) + Usd(2m));

        Assert.Contains("CNY 1.00", e.Message, StringComparison.Ordinal);
        Assert.Contains("USD 2.00", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtracting_or_comparing_different_currencies_is_refused()
    {
        Assert.Throws<DomainException>(() => Cny(1m) - Usd(1m));
        Assert.Throws<DomainException>(() => Cny(1m) < Usd(2m));
        Assert.Throws<DomainException>(() => Cny(1m) >= Usd(2m));
    }

    [Fact]
    public void Dividing_by_zero_is_refused()
    {
        var e = Assert.Throws<DomainException>(() => Cny(1m) / 0m);
        Assert.Equal("divisor", e.Field);
    }

    [Fact]
    public void Amounts_in_one_currency_compare_by_value()
    {
        Assert.True(Cny(1m) < Cny(2m));
        Assert.True(Cny(2m) > Cny(1m));
        Assert.True(Cny(2m) <= Cny(2.00m));
        Assert.True(Cny(2m) >= Cny(2m));
        Assert.Equal(Cny(2m), Cny(2.000m));
        Assert.NotEqual(Cny(2m), Usd(2m));
    }

    [Theory]
    [InlineData("CNY", "1.005", "1.01")]
    [InlineData("CNY", "-1.005", "-1.01")]
    [InlineData("CNY", "1.004", "1.00")]
    [InlineData("JPY", "12.5", "13")]
    [InlineData("KWD", "1.0005", "1.001")]
    public void Rounding_to_minor_units_rounds_half_away_from_zero(string code, string amount, string rounded)
    {
        var value = CurrencyAmount.Of(Currency.Of(code), decimal.Parse(amount, CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(rounded, CultureInfo.InvariantCulture), value.RoundToMinorUnits().Amount);
        Assert.Equal(value.Currency, value.RoundToMinorUnits().Currency);
    }

    [Theory]
    [InlineData("CNY", "1234.56", "CNY 1,234.56")]
    [InlineData("CNY", "0", "CNY 0.00")]
    [InlineData("CNY", "-1234.5", "CNY -1,234.50")]
    [InlineData("USD", "1000000", "USD 1,000,000.00")]
    [InlineData("JPY", "1235", "JPY 1,235")]
    [InlineData("CNY", "1234.5678", "CNY 1,234.5678")]
    [InlineData("CNY", "1.500000", "CNY 1.50")]
    public void Formats_with_group_separators_and_never_hides_digits(string code, string amount, string text)
    {
        var value = CurrencyAmount.Of(Currency.Of(code), decimal.Parse(amount, CultureInfo.InvariantCulture));

        Assert.Equal(text, value.ToString());
        Assert.Equal(value, CurrencyAmount.Parse(text));
    }

    [Fact]
    public void Formatting_does_not_depend_on_the_thread_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("CNY 1,234.56", Cny(1234.56m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("CNY")]
    [InlineData("CNY1.00")]
    [InlineData("cny 1.00")]
    [InlineData("CNY  1.00")]
    [InlineData("CNY 1.00 ")]
    [InlineData("CNY 1,2a")]
    [InlineData("CNY ¥1.00")]
    [InlineData("1.00 CNY")]
    public void Parsing_refuses_anything_but_code_space_number(string text)
    {
        var e = Assert.Throws<DomainException>(() => CurrencyAmount.Parse(text));

        Assert.Equal("amount", e.Field);
        Assert.False(CurrencyAmount.TryParse(text, out _));
    }
}
