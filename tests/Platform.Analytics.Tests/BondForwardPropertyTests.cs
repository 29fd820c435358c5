using Platform.Analytics.Bonds;
using Platform.Analytics.Forwards;
using Platform.SharedKernel;
using Xunit;

namespace Platform.Analytics.Tests;

/// Properties of physically delivered bond forwards: implied repo inverts the price, a zero-day forward is the spot
/// trade, the coupon boundaries fall where the convention puts them, and bad input is refused with the field named.
public sealed class BondForwardPropertyTests
{
    // coupon, frequency, issue, maturity, spot, delivery, spot clean, repo
    public static TheoryData<double, int, string, string, string, string, double, double> Forwards => new()
    {
        { 0.0286, 1, "2021-12-03", "2028-12-03", "2023-03-06", "2023-03-27", 100.0157, 0.012449 },   // no coupon before delivery
        { 0.0397, 2, "2019-01-14", "2024-01-14", "2021-03-01", "2022-01-14", 100.077, 0.021774 },     // two coupons, one on delivery
        { 0.0300, 4, "2020-06-20", "2050-06-20", "2026-01-05", "2027-01-05", 88.5, -0.05 },           // negative repo, four coupons
        { 0.0250, 1, "2020-06-20", "2050-06-20", "2026-01-05", "2032-02-01", 95.0, -0.1 },            // six years at −10 %: growth 0.39
        { 0.0420, 2, "2024-01-10", "2034-01-10", "2026-11-26", "2026-11-27", 103.2, 0.95 },           // one day, near the top of the range
    };

    private static ResolvedFixedBond Bond(double coupon, int frequency, string issue, string maturity) =>
        new(FixedCouponBond.Of(coupon, CouponFrequency.Of(frequency), DateOnly.Parse(issue), DateOnly.Parse(maturity)));

    private static BondForward Forward(double coupon, int frequency, string issue, string maturity, string spot, string delivery) =>
        BondForward.Of(Bond(coupon, frequency, issue, maturity), DateOnly.Parse(spot), DateOnly.Parse(delivery));

    private static readonly BondForward Sample = Forward(0.025, 1, "2025-03-15", "2035-03-15", "2026-01-05", "2026-07-06");

    [Theory, MemberData(nameof(Forwards))]
    public void Implied_repo_of_the_computed_forward_price_gives_the_repo_rate_back(double coupon, int frequency, string issue, string maturity, string spot, string delivery, double spotClean, double repo)
    {
        var forward = Forward(coupon, frequency, issue, maturity, spot, delivery);

        var price = BondForwardPricer.Price(forward, spotClean, repo);
        var implied = BondForwardPricer.ImpliedRepoRate(forward, spotClean, price.ForwardCleanPrice);

        Assert.Equal(repo, implied, 1e-10);
    }

    [Theory, MemberData(nameof(Forwards))]
    public void Forward_at_zero_days_equals_spot(double coupon, int frequency, string issue, string maturity, string spot, string delivery, double spotClean, double repo)
    {
        _ = delivery;   // the same bonds and spot dates, delivered at once
        var forward = Forward(coupon, frequency, issue, maturity, spot, spot);

        var price = BondForwardPricer.Price(forward, spotClean, repo);

        Assert.Equal(0, price.Days);
        Assert.Empty(price.IntermediateCoupons);
        Assert.Equal(price.SpotDirtyPrice, price.ForwardDirtyPrice);
        Assert.Equal(spotClean, price.ForwardCleanPrice, 1e-12);
    }

    [Theory, MemberData(nameof(Forwards))]
    public void Forward_dirty_price_is_the_carry_formula_written_out(double coupon, int frequency, string issue, string maturity, string spot, string delivery, double spotClean, double repo)
    {
        var forward = Forward(coupon, frequency, issue, maturity, spot, delivery);
        var (s, d) = (DateOnly.Parse(spot), DateOnly.Parse(delivery));

        var price = BondForwardPricer.Price(forward, spotClean, repo);

        var pv = price.IntermediateCoupons.Sum(c => c.Amount / (1 + repo * (c.PaymentDate.DayNumber - s.DayNumber) / 365.0));
        Assert.Equal((spotClean + price.SpotAccrued - pv) * (1 + repo * (d.DayNumber - s.DayNumber) / 365.0), price.ForwardDirtyPrice, 1e-10);
        Assert.Equal(price.ForwardDirtyPrice - price.DeliveryAccrued, price.ForwardCleanPrice, 1e-12);
    }

    [Fact]
    public void A_hand_computed_forward_with_one_coupon_before_delivery()
    {
        // 2.5 % annual, coupon 2025-03-15 → 2026-03-15 (365 days). Spot 2026-01-05: 296 days accrued; delivery
        // 2026-07-06: 113 days since the 2026-03-15 coupon of 2.5, paid 69 days after spot; 182 days financed.
        var price = BondForwardPricer.Price(Sample, 99.5, 0.02);

        var spotAccrued = 2.5 * 296 / 365;
        var pv = 2.5 / (1 + 0.02 * 69 / 365);
        var forwardDirty = (99.5 + spotAccrued - pv) * (1 + 0.02 * 182 / 365);
        Assert.Equal(spotAccrued, price.SpotAccrued, 1e-12);
        Assert.Equal(new IntermediateCoupon(new DateOnly(2026, 3, 15), 2.5), Assert.Single(price.IntermediateCoupons));
        Assert.Equal(pv, price.PvIntermediateCoupons, 1e-12);
        Assert.Equal(forwardDirty, price.ForwardDirtyPrice, 1e-12);
        Assert.Equal(forwardDirty - 2.5 * 113 / 365, price.ForwardCleanPrice, 1e-12);
    }

    [Fact]
    public void A_coupon_on_the_spot_date_is_not_intermediate_and_one_on_the_delivery_date_is()
    {
        var forward = Forward(0.03, 2, "2024-06-01", "2034-06-01", "2026-06-01", "2027-06-01");

        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2027, 6, 1)], forward.IntermediateCoupons.Select(c => c.PaymentDate));
        Assert.Equal(0, forward.SpotAccrued);
        Assert.Equal(0, forward.DeliveryAccrued);
    }

    [Fact]
    public void Forward_price_rises_with_the_repo_rate()
    {
        var prices = new[] { -0.1, 0.0, 0.01, 0.05, 0.5 }.Select(r => BondForwardPricer.Price(Sample, 99.5, r).ForwardCleanPrice).ToList();
        Assert.Equal(prices.Order(), prices);
        Assert.Equal(prices.Count, prices.Distinct().Count());
    }

    [Fact]
    public void At_zero_repo_the_forward_dirty_price_is_spot_dirty_less_the_coupons()
    {
        var price = BondForwardPricer.Price(Sample, 99.5, 0);
        Assert.Equal(price.SpotDirtyPrice - 2.5, price.ForwardDirtyPrice, 1e-12);
    }

    [Theory]
    [InlineData(double.NaN, "repoRate")]
    [InlineData(-0.5, "repoRate")]
    [InlineData(1.5, "repoRate")]
    [InlineData(double.PositiveInfinity, "repoRate")]
    public void Bad_repo_rates_are_refused_naming_the_field(double repo, string field)
    {
        var error = Assert.Throws<DomainException>(() => BondForwardPricer.Price(Sample, 99.5, repo));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_repo_rate_that_makes_the_growth_factor_negative_is_refused()
    {
        var forward = Forward(0.025, 1, "2020-06-20", "2050-06-20", "2026-01-05", "2032-01-05");   // six years
        var error = Assert.Throws<DomainException>(() => BondForwardPricer.Price(forward, 95, -0.19));
        Assert.Equal("repoRate", error.Field);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(2000.0)]
    public void Bad_spot_prices_are_refused_naming_the_field(double spotClean)
    {
        Assert.Equal("spotCleanPrice", Assert.Throws<DomainException>(() => BondForwardPricer.Price(Sample, spotClean, 0.02)).Field);
        Assert.Equal("spotCleanPrice", Assert.Throws<DomainException>(() => BondForwardPricer.ImpliedRepoRate(Sample, spotClean, 99)).Field);
    }

    [Fact]
    public void A_spot_price_below_the_coupons_before_delivery_is_refused()
    {
        // Spot dirty 0.01 + 2.03 accrued is less than the 2.5 coupon paid before delivery: the forward would be negative.
        var error = Assert.Throws<DomainException>(() => BondForwardPricer.Price(Sample, 0.01, 0.02));
        Assert.Equal("spotCleanPrice", error.Field);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(1500.0)]
    [InlineData(200.0)]   // in range as a price, but no repo rate up to 100 % gets a half-year forward there
    public void Bad_forward_quotes_are_refused_naming_the_field(double quote)
    {
        var error = Assert.Throws<DomainException>(() => BondForwardPricer.ImpliedRepoRate(Sample, 99.5, quote));
        Assert.Equal("forwardCleanQuote", error.Field);
    }

    [Fact]
    public void No_repo_rate_is_implied_for_delivery_on_the_spot_date()
    {
        var forward = Forward(0.025, 1, "2025-03-15", "2035-03-15", "2026-01-05", "2026-01-05");
        Assert.Equal("deliveryDate", Assert.Throws<DomainException>(() => BondForwardPricer.ImpliedRepoRate(forward, 99.5, 99.5)).Field);
    }

    [Theory]
    [InlineData("2026-01-05", "2026-01-04", "deliveryDate")]   // delivery before spot
    [InlineData("2026-01-05", "2035-03-15", "deliveryDate")]   // delivery on maturity
    [InlineData("2026-01-05", "2036-01-01", "deliveryDate")]   // delivery after maturity
    [InlineData("2025-03-14", "2026-01-05", "spotSettlementDate")]   // spot before issue
    [InlineData("2035-03-15", "2035-06-01", "spotSettlementDate")]   // spot on maturity
    public void Dates_outside_the_bond_life_or_out_of_order_are_refused(string spot, string delivery, string field)
    {
        var error = Assert.Throws<DomainException>(() => Forward(0.025, 1, "2025-03-15", "2035-03-15", spot, delivery));
        Assert.Equal(field, error.Field);
    }
}
