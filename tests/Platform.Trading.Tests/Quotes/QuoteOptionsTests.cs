using System.ComponentModel.DataAnnotations;
using Xunit;

namespace Platform.Trading.Tests.Quotes;

/// <c>Platform:Trading:QuoteStaleAfter</c> is checked at start like the rest of the trading options.
public sealed class QuoteOptionsTests
{
    [Theory]
    [InlineData("00:30:00", true)]    // the default
    [InlineData("00:01:00", true)]
    [InlineData("1.00:00:00", true)]
    [InlineData("00:00:00", false)]   // every quote would be stale at once
    [InlineData("00:00:59", false)]
    [InlineData("2.00:00:00", false)]
    public void The_stale_time_is_between_a_minute_and_a_day(string staleAfter, bool valid)
    {
        var options = new TradingOptions { QuoteStaleAfter = TimeSpan.Parse(staleAfter, System.Globalization.CultureInfo.InvariantCulture) };
        var results = new List<ValidationResult>();
        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Equal(TimeSpan.FromMinutes(30), new TradingOptions().QuoteStaleAfter);
    }
}
