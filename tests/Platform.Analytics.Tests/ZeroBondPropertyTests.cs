using Platform.Analytics.Bonds;
using Platform.SharedKernel;
using Xunit;

namespace Platform.Analytics.Tests;

public sealed class ZeroBondPropertyTests
{
    [Theory]
    [InlineData("2027-05-26", 0.018)]   // under a year: simple interest
    [InlineData("2027-11-26", 0.018)]   // exactly 365 days
    [InlineData("2031-11-26", 0.021)]   // beyond: compounded annually
    public void Price_and_yield_round_trip(string maturity, double yield)
    {
        var (m, settlement) = (DateOnly.Parse(maturity), new DateOnly(2026, 11, 26));
        var priced = ChinaZeroBondPricer.FromYield(m, settlement, yield);
        Assert.Equal(yield, ChinaZeroBondPricer.FromPrice(m, settlement, priced.CleanPrice).Yield, 1e-13);
        Assert.Equal(priced.DirtyPrice * priced.ModifiedDuration * 1e-4, priced.Dv01, priced.Dv01 * 1e-5);
    }

    [Fact]
    public void A_price_whose_yield_is_out_of_range_blames_the_price() =>
        Assert.Equal("cleanPrice", Assert.Throws<DomainException>(() =>
            ChinaZeroBondPricer.FromPrice(new DateOnly(2027, 5, 26), new DateOnly(2026, 11, 26), 40)).Field);

    [Fact]
    public void Settlement_at_maturity_is_refused() =>
        Assert.Equal("settlementDate", Assert.Throws<DomainException>(() =>
            ChinaZeroBondPricer.FromYield(new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 26), 0.02)).Field);
}
