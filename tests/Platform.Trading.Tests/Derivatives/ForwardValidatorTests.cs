using Platform.Analytics.Bonds;
using Platform.BuildingBlocks.Validation;
using Platform.Trading.Application.Desk;
using Platform.Trading.Contracts.Derivatives;
using Platform.Trading.Contracts.ReferenceData;
using Xunit;

namespace Platform.Trading.Tests.Derivatives;

public sealed class ForwardValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static readonly ReferenceCache.Snapshot Data = new(
        new Dictionary<string, (BondView, Platform.Trading.Domain.Pricing.PricedBond)>(),
        new Dictionary<string, CounterpartyView> { ["BOC"] = new("BOC", "中国银行", "中国银行", "100002", "Bank", "Whitelisted", 5_000_000m, false, []) },
        new Dictionary<string, BookNodeView> { ["RATES-TRD"] = new("RATES-TRD", "RATES-DESK", BookLevels.Book, "利率交易账簿", AccountingClasses.Fvtpl, true, []) },
        DateTimeOffset.UnixEpoch);

    private static BondForwardRequest Request(string contract = "CDB10_2703", decimal face = 5_000m, decimal price = 98.5m) =>
        new(contract, "Buy", face, price, "BOC", "RATES-TRD", Today, "FWD-1");

    [Fact]
    public void The_terms_carry_the_contract_dates_and_a_yield_that_prices_back_to_the_forward_price()
    {
        var terms = ForwardValidator.Validate(Request(), Data, Today).Terms;
        Assert.Equal(("CDB10_2703", "CDB10", "Buy", 50_000_000m), (terms.Contract, terms.Product, terms.Direction, terms.FaceYuan));
        Assert.Equal((new DateOnly(2027, 3, 12), new DateOnly(2027, 3, 15)), (terms.LastTradingDay, terms.DeliveryDate));
        Assert.True(terms.ImpliedYield > 0.03, "below par the yield is above the 3 % coupon");
        // round trip through the notional bond at delivery: the yield gives back the price
        var bond = new ResolvedFixedBond(FixedCouponBond.Of(0.03, CouponFrequency.Annual, terms.DeliveryDate, terms.DeliveryDate.AddYears(10)));
        Assert.Equal(98.5, ChinaFixedBondPricer.FromYield(bond, terms.DeliveryDate, terms.ImpliedYield).CleanPrice, 9);
    }

    [Fact]
    public void Every_bad_field_is_named_at_once()
    {
        var ex = Assert.Throws<ValidationFailedException>(() => ForwardValidator.Validate(
            new BondForwardRequest("CDB10_2612X", "Long", 150m, 250m, "NOBODY", "RATES-DESK", Today), Data, Today));
        Assert.Equal(["bookId", "contract", "counterpartyId", "direction", "faceWan", "price"], ex.Errors.Keys.Order());
    }

    [Fact]
    public void A_trade_date_after_today_or_on_a_holiday_is_refused()
    {
        Assert.Contains("tradeDate", Assert.Throws<ValidationFailedException>(() => ForwardValidator.Validate(Request() with { TradeDate = Today.AddDays(3) }, Data, Today)).Errors.Keys);
        Assert.Contains("tradeDate", Assert.Throws<ValidationFailedException>(() => ForwardValidator.Validate(Request() with { TradeDate = new DateOnly(2026, 10, 1) }, Data, Today)).Errors.Keys);
    }
}
