using Platform.Analytics.Bonds;
using Platform.Analytics.DayCounts;
using Platform.SharedKernel;
using Xunit;

namespace Platform.Analytics.Tests;

/// Properties that hold for any bond: price ↔ yield round trips, DV01 against a finite difference of the yield
/// measures, and bad input refused with the field named, never NaN.
public sealed class BondPropertyTests
{
    public static TheoryData<double, int, string, string, string, double> Bonds => new()
    {
        { 0.0235, 1, "2021-03-15", "2031-03-15", "2023-05-10", 0.0271 },
        { 0.0300, 2, "2020-06-20", "2050-06-20", "2026-11-26", 0.0245 },
        { 0.0420, 4, "2024-01-10", "2027-01-10", "2026-11-26", 0.0180 },
        { 0.0000, 1, "2025-01-01", "2030-01-01", "2025-07-15", 0.0150 },
        { 0.0380, 2, "2016-02-29", "2026-08-29", "2026-05-01", 0.1000 },   // final period, month-end issue
    };

    private static ResolvedFixedBond Bond(double coupon, int frequency, string issue, string maturity) =>
        new(FixedCouponBond.Of(coupon, CouponFrequency.Of(frequency), DateOnly.Parse(issue), DateOnly.Parse(maturity)));

    [Theory, MemberData(nameof(Bonds))]
    public void Yield_from_the_clean_price_at_a_yield_gives_that_yield_back(double coupon, int frequency, string issue, string maturity, string settlement, double yield)
    {
        var bond = Bond(coupon, frequency, issue, maturity);
        var date = DateOnly.Parse(settlement);

        var priced = ChinaFixedBondPricer.FromYield(bond, date, yield);
        var back = ChinaFixedBondPricer.FromCleanPrice(bond, date, priced.CleanPrice);

        Assert.Equal(yield, back.Yield, 1e-11);
        Assert.Equal(priced.DirtyPrice, back.DirtyPrice, 1e-9);
    }

    [Theory, MemberData(nameof(Bonds))]
    public void Dv01_agrees_with_modified_duration_and_convexity(double coupon, int frequency, string issue, string maturity, string settlement, double yield)
    {
        var m = ChinaFixedBondPricer.FromYield(Bond(coupon, frequency, issue, maturity), DateOnly.Parse(settlement), yield);

        // A central difference of P(y) is P·D·h + O(h³): for h = 1 bp the analytic duration agrees to 1e-5 relative.
        Assert.Equal(m.DirtyPrice * m.ModifiedDuration * 1e-4, m.Dv01, m.Dv01 * 1e-5);
        Assert.True(m.Convexity > 0);
    }

    [Fact]
    public void Price_falls_as_yield_rises()
    {
        var bond = Bond(0.025, 1, "2025-03-15", "2035-03-15");
        var date = new DateOnly(2026, 11, 26);
        var prices = new[] { 0.0, 0.01, 0.02, 0.05, 0.2 }.Select(y => ChinaFixedBondPricer.FromYield(bond, date, y).DirtyPrice).ToList();
        Assert.Equal(prices.OrderByDescending(p => p), prices);
    }

    [Theory]
    [InlineData(5.0, "yield")]          // 500 %
    [InlineData(double.NaN, "yield")]
    [InlineData(-0.5, "yield")]
    public void Bad_yields_are_refused_naming_the_field(double yield, string field)
    {
        var error = Assert.Throws<DomainException>(() => ChinaFixedBondPricer.FromYield(Bond(0.025, 1, "2025-03-15", "2035-03-15"), new DateOnly(2026, 1, 5), yield));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_price_with_no_yield_in_range_is_a_clear_error_not_nan()
    {
        var bond = Bond(0.025, 1, "2025-03-15", "2035-03-15");
        var error = Assert.Throws<DomainException>(() => ChinaFixedBondPricer.FromCleanPrice(bond, new DateOnly(2026, 1, 5), 900));
        Assert.Equal("cleanPrice", error.Field);
        Assert.Contains("no yield", error.Message);
    }

    [Theory]
    [InlineData(0.025, 1, "2030-01-01", "2025-01-01", "maturityDate")]   // maturity before issue
    [InlineData(0.025, 3, "2025-01-01", "2030-01-01", "frequency")]      // not 1, 2, 4 or 12
    [InlineData(-0.01, 1, "2025-01-01", "2030-01-01", "couponRate")]
    [InlineData(0.025, 1, "2025-02-10", "2030-01-01", "issueDate")]      // a stub: not supported yet, said so
    public void Bad_bond_definitions_are_refused_naming_the_field(double coupon, int frequency, string issue, string maturity, string field)
    {
        var error = Assert.Throws<DomainException>(() => Bond(coupon, frequency, issue, maturity));
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData("2035-03-15")]
    [InlineData("2040-01-01")]
    [InlineData("2025-03-14")]
    public void Settlement_outside_the_bond_life_is_refused(string settlement)
    {
        var error = Assert.Throws<DomainException>(() =>
            ChinaFixedBondPricer.FromYield(Bond(0.025, 1, "2025-03-15", "2035-03-15"), DateOnly.Parse(settlement), 0.02));
        Assert.Equal("settlementDate", error.Field);
    }

    [Fact]
    public void Yield_in_final_coupon_period_uses_simple_interest_on_the_interest_year()
    {
        var bond = Bond(0.03, 2, "2024-06-01", "2026-12-01");
        var settlement = new DateOnly(2026, 9, 1);

        var m = ChinaFixedBondPricer.FromYield(bond, settlement, 0.02);

        var t = (new DateOnly(2026, 12, 1).DayNumber - settlement.DayNumber) / 365.0;   // 2025-12-01 → 2026-12-01 has 365 days
        Assert.Equal((100 + 1.5) / (1 + 0.02 * t), m.DirtyPrice, 1e-12);
    }

    [Theory, MemberData(nameof(Bonds))]
    public void Cash_flows_discount_to_the_dirty_price(double coupon, int frequency, string issue, string maturity, string settlement, double yield)
    {
        var bond = Bond(coupon, frequency, issue, maturity);
        var date = DateOnly.Parse(settlement);

        var flows = ChinaFixedBondPricer.CashFlows(bond, date, yield);

        Assert.Equal(ChinaFixedBondPricer.FromYield(bond, date, yield).DirtyPrice, flows.Sum(f => f.PresentValue), 1e-10);
        Assert.Equal(100, flows.Sum(f => f.Principal));
        Assert.Equal(DateOnly.Parse(maturity), flows[^1].PaymentDate);
        Assert.All(flows, f => Assert.True(f.PaymentDate > date));
    }

    [Theory, MemberData(nameof(Bonds))]
    public void Dv01_equals_the_central_difference_of_prices_one_basis_point_apart(double coupon, int frequency, string issue, string maturity, string settlement, double yield)
    {
        var bond = Bond(coupon, frequency, issue, maturity);
        var date = DateOnly.Parse(settlement);

        var m = ChinaFixedBondPricer.FromYield(bond, date, yield);
        var down = ChinaFixedBondPricer.FromYield(bond, date, yield - 1e-4).DirtyPrice;
        var up = ChinaFixedBondPricer.FromYield(bond, date, yield + 1e-4).DirtyPrice;

        Assert.Equal((down - up) / 2, m.Dv01, 1e-12);
    }
}
