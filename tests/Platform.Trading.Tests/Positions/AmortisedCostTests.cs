using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Positions;
using Xunit;
using static Platform.Trading.Tests.Positions.PositionBuilders;

namespace Platform.Trading.Tests.Positions;

/// Effective-interest amortised cost, checked against present values worked out here by hand.
public sealed class AmortisedCostTests
{
    private static readonly DateOnly CouponDay = new(2026, 6, 1);

    [Fact]
    public void At_settlement_the_amortised_cost_is_the_dirty_price_paid_less_accrued_interest()
    {
        var settlement = new DateOnly(2026, 11, 27);
        var trade = AtYield(Annual3, "1", TradeSide.Buy, 1000, settlement, 0.0281);
        var ledger = Ledger(AccountingClasses.Ac, Annual3, trade);
        var accrued = Annual3.Priced.FromYield(settlement, 0.05).AccruedInterest;
        Assert.Equal(10_000_000 * (trade.DirtyPrice - accrued) / 100, (double)ledger.AmortisedCostYuan(settlement), 4);
        Assert.Equal(0.0281, ledger.Lots[0].EffectiveYield, 10);
    }

    [Fact]
    public void The_effective_yield_discounts_the_remaining_cash_flows_to_the_dirty_price_paid()
    {
        var ledger = Ledger(AccountingClasses.Ac, Annual3, AtClean(Annual3, "1", TradeSide.Buy, 1000, CouponDay, 98));
        var y = ledger.Lots[0].EffectiveYield;
        var presentValue = 0.0;
        for (var k = 1; k <= 5; k++) presentValue += 3 / Math.Pow(1 + y, k);
        presentValue += 100 / Math.Pow(1 + y, 5);
        Assert.Equal(98, presentValue, 9);
    }

    [Fact]
    public void Each_year_the_carrying_amount_grows_at_the_effective_yield_less_the_coupon_and_it_pulls_to_100()
    {
        var ledger = Ledger(AccountingClasses.Ac, Annual3, AtClean(Annual3, "1", TradeSide.Buy, 1000, CouponDay, 98));
        var y = ledger.Lots[0].EffectiveYield;
        var expected = 98.0;
        for (var year = 1; year <= 5; year++)
        {
            expected = expected * (1 + y) - 3;
            var perHundred = (double)ledger.AmortisedCostYuan(CouponDay.AddYears(year)) / 100_000;
            Assert.Equal(expected, perHundred, 8);
        }
        Assert.Equal(100.0, expected, 8);
        Assert.Equal(10_000_000m, ledger.AmortisedCostYuan(Maturity));
        Assert.InRange((double)ledger.AmortisedCostYuan(Maturity.AddDays(-1)) / 100_000, 99.98, 100.02);
    }

    [Fact]
    public void A_premium_bond_amortises_down_and_a_discount_bond_accretes_up_every_month()
    {
        var premium = Ledger(AccountingClasses.Fvoci, Annual3, AtClean(Annual3, "1", TradeSide.Buy, 100, CouponDay.AddDays(10), 104));
        var discount = Ledger(AccountingClasses.Fvoci, Annual3, AtClean(Annual3, "1", TradeSide.Buy, 100, CouponDay.AddDays(10), 95));
        for (var month = 1; month < 60; month++)
        {
            var (before, after) = (CouponDay.AddDays(10).AddMonths(month - 1), CouponDay.AddDays(10).AddMonths(month));
            Assert.True(premium.AmortisedCostYuan(after) < premium.AmortisedCostYuan(before));
            Assert.True(discount.AmortisedCostYuan(after) > discount.AmortisedCostYuan(before));
        }
    }

    [Fact]
    public void A_discount_ncd_accretes_by_simple_interest_at_its_purchase_yield()
    {
        var settlement = new DateOnly(2026, 6, 1);
        var ledger = Ledger(AccountingClasses.Ac, Ncd, AtClean(Ncd, "1", TradeSide.Buy, 5000, settlement, 98.9));
        var daysAtPurchase = Ncd.MaturityDate.DayNumber - settlement.DayNumber;
        var y = (100 / 98.9 - 1) * 365 / daysAtPurchase;
        var later = new DateOnly(2026, 12, 1);
        var expected = 100 / (1 + y * (Ncd.MaturityDate.DayNumber - later.DayNumber) / 365.0);
        Assert.Equal(expected * 500_000, (double)ledger.AmortisedCostYuan(later), 4);
        Assert.Equal(y, ledger.Lots[0].EffectiveYield, 12);
    }

    [Fact]
    public void Before_its_settlement_a_lot_is_carried_at_its_settlement_value()
    {
        var settlement = new DateOnly(2026, 11, 27);
        var ledger = Ledger(AccountingClasses.Ac, Annual3, AtClean(Annual3, "1", TradeSide.Buy, 100, settlement, 99.5));
        Assert.Equal(ledger.AmortisedCostYuan(settlement), ledger.AmortisedCostYuan(settlement.AddDays(-3)));
    }

    [Fact]
    public void An_fvtpl_book_has_no_amortised_cost()
    {
        var ledger = Ledger(AccountingClasses.Fvtpl, Annual3, AtClean(Annual3, "1", TradeSide.Buy, 100, CouponDay, 99.5));
        Assert.Equal("accountingClass", Assert.Throws<Platform.SharedKernel.DomainException>(() => ledger.AmortisedCostYuan(CouponDay)).Field);
    }
}
