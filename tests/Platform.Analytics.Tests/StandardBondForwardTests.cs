using Platform.Analytics.Bonds;
using Platform.Analytics.Forwards;
using Platform.SharedKernel;
using Xunit;

namespace Platform.Analytics.Tests;

/// Standard bond forwards: the settlement price of a basket against the notional bond priced by hand (annuity formula,
/// not the library's pricer), the averaging rules, the final settlement amount's sign, and refusals naming the field.
public sealed class StandardBondForwardTests
{
    private static readonly DateOnly LastTradingDay = new(2026, 6, 12);
    private static readonly DateOnly Delivery = new(2026, 6, 15);

    private static StandardBondForwardContract Contract(int tenorYears = 10, BasketAveraging averaging = BasketAveraging.PriceAtMeanYield) =>
        StandardBondForwardContract.Of(StandardBondForwardTerms.Of("CDB10", 0.03, CouponFrequency.Annual, tenorYears, averaging), LastTradingDay, Delivery);

    private static ResolvedFixedBond Bond(double coupon, string issue, string maturity) =>
        new(FixedCouponBond.Of(coupon, CouponFrequency.Annual, DateOnly.Parse(issue), DateOnly.Parse(maturity)));

    private static readonly ResolvedFixedBond[] Deliverables =
    [
        Bond(0.0265, "2025-03-20", "2035-03-20"),
        Bond(0.0302, "2024-11-08", "2034-11-08"),
        Bond(0.0228, "2026-01-15", "2036-01-15"),
    ];

    /// A 3 % annual bond of n whole years on a coupon date: 3·(1 − vⁿ)/y + 100·vⁿ, v = 1/(1+y).
    private static double NotionalByHand(double y, int years)
    {
        var vn = Math.Pow(1 + y, -years);
        return 3 * (1 - vn) / y + 100 * vn;
    }

    [Fact]
    public void Settlement_price_is_the_notional_bond_at_the_mean_basket_yield()
    {
        var basket = new[] { 0.0201, 0.0219, 0.0243 }.Select((y, i) => BasketBondQuote.AtYield(Deliverables[i], y)).ToList();

        var result = StandardBondForwardSettlement.SettlementPrice(Contract(), basket);

        Assert.Equal(0.0221, result.MeanYield, 1e-15);
        Assert.Equal(NotionalByHand(0.0221, 10), result.SettlementPrice, 1e-10);
        Assert.Equal([0.0201, 0.0219, 0.0243], result.Basket.Select(b => b.Yield));
        Assert.Equal(NotionalByHand(0.0243, 10), result.Basket[2].NotionalPrice, 1e-10);
    }

    [Fact]
    public void Mean_of_prices_averages_the_notional_prices_and_lies_above_the_price_at_the_mean_yield()
    {
        var yields = new[] { 0.0150, 0.0250, 0.0350 };
        var basket = yields.Select((y, i) => BasketBondQuote.AtYield(Deliverables[i], y)).ToList();

        var meanOfPrices = StandardBondForwardSettlement.SettlementPrice(Contract(averaging: BasketAveraging.MeanOfPrices), basket);
        var atMeanYield = StandardBondForwardSettlement.SettlementPrice(Contract(), basket);

        Assert.Equal(yields.Average(y => NotionalByHand(y, 10)), meanOfPrices.SettlementPrice, 1e-10);
        Assert.True(meanOfPrices.SettlementPrice > atMeanYield.SettlementPrice + 0.01, "convexity: the mean of prices exceeds the price at the mean yield");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(10)]
    public void A_basket_at_the_notional_coupon_settles_at_par(int tenorYears)
    {
        var basket = Deliverables.Select(b => BasketBondQuote.AtYield(b, 0.03)).ToList();

        var result = StandardBondForwardSettlement.SettlementPrice(Contract(tenorYears), basket);

        Assert.Equal(100, result.SettlementPrice, 1e-10);
        Assert.Equal(Delivery.AddYears(tenorYears), Contract(tenorYears).NotionalBond.Bond.MaturityDate);
    }

    [Fact]
    public void A_clean_price_quote_settles_as_the_yield_it_implies()
    {
        var yields = new[] { 0.0201, 0.0219, 0.0243 };
        var prices = yields.Select((y, i) => ChinaFixedBondPricer.FromYield(Deliverables[i], LastTradingDay, y).CleanPrice).ToList();

        var fromPrices = StandardBondForwardSettlement.SettlementPrice(Contract(), prices.Select((p, i) => BasketBondQuote.AtCleanPrice(Deliverables[i], p)).ToList());

        Assert.Equal(NotionalByHand(0.0221, 10), fromPrices.SettlementPrice, 1e-9);
        Assert.All(yields.Zip(fromPrices.Basket), pair => Assert.Equal(pair.First, pair.Second.Yield, 1e-11));
    }

    [Fact]
    public void The_long_side_gains_when_the_settlement_price_is_above_the_contract_price_and_the_short_side_pays_it()
    {
        // 10 million face: (101.2345 − 100.9) × 10,000,000 / 100 = 33,450.
        Assert.Equal(33_450, StandardBondForwardSettlement.FinalSettlementAmount(101.2345, 100.9, 10_000_000, ForwardSide.Long), 1e-6);
        Assert.Equal(-33_450, StandardBondForwardSettlement.FinalSettlementAmount(101.2345, 100.9, 10_000_000, ForwardSide.Short), 1e-6);
    }

    [Fact]
    public void The_long_side_pays_when_the_settlement_price_is_below_the_contract_price()
    {
        Assert.Equal(-2_500, StandardBondForwardSettlement.FinalSettlementAmount(99.75, 100, 1_000_000, ForwardSide.Long), 1e-9);
        Assert.Equal(2_500, StandardBondForwardSettlement.FinalSettlementAmount(99.75, 100, 1_000_000, ForwardSide.Short), 1e-9);
        Assert.Equal(0, StandardBondForwardSettlement.FinalSettlementAmount(100, 100, 1_000_000, ForwardSide.Long));
    }

    [Fact]
    public void An_empty_basket_is_refused()
    {
        Assert.Equal("basket", Assert.Throws<DomainException>(() => StandardBondForwardSettlement.SettlementPrice(Contract(), [])).Field);
    }

    [Fact]
    public void A_basket_bond_that_has_matured_by_the_last_trading_day_is_refused_naming_its_place()
    {
        var basket = new[] { BasketBondQuote.AtYield(Deliverables[0], 0.02), BasketBondQuote.AtYield(Bond(0.03, "2016-06-01", "2026-06-01"), 0.02) };
        Assert.Equal("basket[1]", Assert.Throws<DomainException>(() => StandardBondForwardSettlement.SettlementPrice(Contract(), basket)).Field);
    }

    [Theory]
    [InlineData(BasketQuoteKind.Yield, double.NaN, "basket[0].yield")]
    [InlineData(BasketQuoteKind.Yield, 2.0, "basket[0].yield")]
    [InlineData(BasketQuoteKind.CleanPrice, 0.0, "basket[0].cleanPrice")]
    [InlineData(BasketQuoteKind.CleanPrice, 900.0, "basket[0].cleanPrice")]   // no yield in range gives it
    public void Bad_basket_quotes_are_refused_naming_the_bond_and_field(BasketQuoteKind kind, double value, string field)
    {
        var basket = new[] { new BasketBondQuote(Deliverables[0], kind, value) };
        Assert.Equal(field, Assert.Throws<DomainException>(() => StandardBondForwardSettlement.SettlementPrice(Contract(), basket)).Field);
    }

    [Theory]
    [InlineData("", 0.03, 10, "code")]
    [InlineData("CDB10", -0.01, 10, "notionalCouponRate")]
    [InlineData("CDB10", double.NaN, 10, "notionalCouponRate")]
    [InlineData("CDB10", 0.03, 0, "tenorYears")]
    [InlineData("CDB10", 0.03, 51, "tenorYears")]
    public void Bad_terms_are_refused_naming_the_field(string code, double coupon, int tenor, string field)
    {
        Assert.Equal(field, Assert.Throws<DomainException>(() => StandardBondForwardTerms.Of(code, coupon, CouponFrequency.Annual, tenor)).Field);
    }

    [Fact]
    public void Delivery_before_the_last_trading_day_is_refused()
    {
        var terms = StandardBondForwardTerms.Of("CDB5", 0.03, CouponFrequency.Annual, 5);
        Assert.Equal("deliveryDate", Assert.Throws<DomainException>(() => StandardBondForwardContract.Of(terms, Delivery, LastTradingDay)).Field);
    }

    [Theory]
    [InlineData(double.NaN, 100.0, 1e6, "settlementPrice")]
    [InlineData(101.0, 0.0, 1e6, "contractPrice")]
    [InlineData(101.0, 100.0, 0.0, "face")]
    [InlineData(101.0, 100.0, double.PositiveInfinity, "face")]
    public void Bad_settlement_amount_inputs_are_refused_naming_the_field(double settlement, double contract, double face, string field)
    {
        Assert.Equal(field, Assert.Throws<DomainException>(() => StandardBondForwardSettlement.FinalSettlementAmount(settlement, contract, face, ForwardSide.Long)).Field);
    }
}
