using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Positions;
using Xunit;
using static Platform.Trading.Tests.Positions.PositionBuilders;

namespace Platform.Trading.Tests.Positions;

/// Carry: one calendar day's accrual plus one day's amortisation, at the effective yield in amortised-cost books and at
/// the market yield in fair-value books. Between coupon dates the China convention grows the dirty price by
/// (1 + y)^(1/N) a day on an annual bond (N = days in the coupon period), which is the reference here.
public sealed class CarryTests
{
    private static readonly DateOnly Bought = new(2026, 7, 15), Today = new(2026, 11, 27);
    private const int DaysInPeriod = 365; // 2026-06-01 to 2027-06-01

    private static PositionLedger Long(string accountingClass, PositionBond bond, double clean, DateOnly? bought = null) =>
        Ledger(accountingClass, bond, AtClean(bond, "1", TradeSide.Buy, 1000, bought ?? Bought, clean));

    [Fact]
    public void In_an_ac_book_carry_is_one_day_of_interest_at_the_effective_yield_on_the_carrying_amount()
    {
        var ledger = Long(AccountingClasses.Ac, Annual3, 97.5);
        var y = ledger.Lots[0].EffectiveYield;
        var v = PositionValuation.Of(ledger, ValuationAtYield(Annual3, Today, 0.031), Today);
        var carrying = (double)(v.AmortisedCostYuan!.Value + v.AccruedInterestYuan);
        Assert.Equal(carrying * (Math.Pow(1 + y, 1.0 / DaysInPeriod) - 1), (double)v.CarryYuan, 1e-6);
    }

    [Fact]
    public void In_an_fvtpl_book_carry_is_one_day_of_interest_at_the_market_yield_on_the_dirty_value()
    {
        const double y = 0.0264;
        var v = PositionValuation.Of(Long(AccountingClasses.Fvtpl, Annual3, 97.5), ValuationAtYield(Annual3, Today, y), Today);
        Assert.Equal((double)v.DirtyMarketValueYuan * (Math.Pow(1 + y, 1.0 / DaysInPeriod) - 1), (double)v.CarryYuan, 1e-6);
        var accrual = 10_000_000 * 3.0 / DaysInPeriod / 100;
        Assert.True((double)v.CarryYuan < accrual, "above par at 2.64 %, the pull to par takes away from the accrual");
    }

    [Theory]
    [InlineData(AccountingClasses.Ac)]
    [InlineData(AccountingClasses.Fvoci)]
    public void Carry_over_one_day_is_the_change_in_amortised_cost_plus_the_change_in_accrued_interest(string accountingClass)
    {
        var ledger = Long(accountingClass, Annual3, 101.2);
        var today = PositionValuation.Of(ledger, ValuationAtYield(Annual3, Today, 0.025), Today);
        var tomorrow = PositionValuation.Of(ledger, ValuationAtYield(Annual3, Today.AddDays(1), 0.029), Today.AddDays(1));
        var change = tomorrow.AmortisedCostYuan!.Value - today.AmortisedCostYuan!.Value + tomorrow.AccruedInterestYuan - today.AccruedInterestYuan;
        Assert.Equal((double)change, (double)today.CarryYuan, 1e-6);
        Assert.True(today.AmortisationYuan < 0 && tomorrow.AmortisationYuan < today.AmortisationYuan, "a premium amortises down");
    }

    [Fact]
    public void Around_a_coupon_date_carry_stays_one_days_interest_and_does_not_lose_the_coupon()
    {
        var ledger = Long(AccountingClasses.Ac, Annual3, 99);
        var y = ledger.Lots[0].EffectiveYield;
        for (var day = new DateOnly(2027, 5, 25); day <= new DateOnly(2027, 6, 8); day = day.AddDays(1))
        {
            var v = PositionValuation.Of(ledger, ValuationAtYield(Annual3, day, 0.03), day);
            Assert.InRange((double)v.CarryYuan, 10_000_000 * Math.Log(1 + y) / 365 * 0.98, 10_000_000 * Math.Log(1 + y) / 365 * 1.04);
        }
    }

    [Fact]
    public void The_day_before_maturity_carries_the_last_days_interest()
    {
        var ledger = Long(AccountingClasses.Fvoci, Annual3, 99);
        var lastDay = Maturity.AddDays(-1);
        var v = PositionValuation.Of(ledger, ValuationAtYield(Annual3, lastDay, 0.02), lastDay);
        Assert.InRange((double)v.CarryYuan, 10_000_000 * 0.03 / 365 * 0.99, 10_000_000 * 0.035 / 365);
    }

    [Theory]
    [InlineData(AccountingClasses.Ac)]
    [InlineData(AccountingClasses.Fvtpl)]
    public void A_discount_ncd_carries_the_days_accretion_of_its_simple_interest_price(string accountingClass)
    {
        var bought = new DateOnly(2026, 6, 1);
        var ledger = Long(accountingClass, Ncd, 98.9, bought);
        var y = accountingClass == AccountingClasses.Ac ? (100 / 98.9 - 1) * 365 / (Ncd.MaturityDate.DayNumber - bought.DayNumber) : 0.0175;
        var v = PositionValuation.Of(ledger, ValuationAtYield(Ncd, Today, 0.0175), Today);
        var days = Ncd.MaturityDate.DayNumber - Today.DayNumber;
        double Price(int d) => 100 / (1 + y * d / 365.0);
        Assert.Equal(100_000 * (Price(days - 1) - Price(days)), (double)v.CarryYuan, 1e-6);
    }
}
