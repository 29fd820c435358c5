using Platform.SharedKernel;
using Xunit;

namespace Platform.SharedKernel.Tests;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("CN")]
    [InlineData("CNYY")]
    [InlineData("cny")]
    [InlineData("Cny")]
    [InlineData("C1Y")]
    [InlineData(" CNY")]
    [InlineData("ÇNY")]
    public void Anything_but_three_upper_case_ASCII_letters_is_refused(string code)
    {
        var e = Assert.Throws<DomainException>(() => Currency.Of(code));

        Assert.Equal("currency", e.Field);
        Assert.Contains($"'{code}'", e.Message, StringComparison.Ordinal);
        Assert.False(Currency.TryParse(code, out _));
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<DomainException>(() => Currency.Of(null!));
        Assert.False(Currency.TryParse(null, out _));
    }

    [Fact]
    public void Well_known_codes_are_the_statics()
    {
        Assert.Equal(Currency.CNY, Currency.Of("CNY"));
        Assert.Equal(Currency.USD, Currency.Of("USD"));
        Assert.Equal(Currency.HKD, Currency.Of("HKD"));
        Assert.Equal(Currency.EUR, Currency.Of("EUR"));
        Assert.Equal("CNY", Currency.CNY.ToString());
    }

    [Theory]
    [InlineData("CNY", 2)]
    [InlineData("USD", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("KWD", 3)]
    [InlineData("CNH", 2)]
    [InlineData("XYZ", 2)]
    public void Minor_units_come_from_the_table_and_default_to_two(string code, int minorUnits)
    {
        Assert.Equal(minorUnits, Currency.Of(code).MinorUnits);
    }
}
