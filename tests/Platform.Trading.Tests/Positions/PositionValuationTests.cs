using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Positions;
using Xunit;
using static Platform.Trading.Tests.Positions.PositionBuilders;

namespace Platform.Trading.Tests.Positions;

/// A day's valuation of a position: market values, the P&L split each accounting class requires, and DV01.
public sealed class PositionValuationTests
{
    private static readonly DateOnly Bought = new(2026, 7, 15), Today = new(2026, 11, 27);

    private static PositionLedger Long(string accountingClass, decimal wan = 1000) =>
        Ledger(accountingClass, Annual3, AtClean(Annual3, "1", TradeSide.Buy, wan, Bought, 99));

    [Fact]
    public void Fvtpl_unrealised_pnl_is_clean_market_value_less_average_cost_and_goes_to_profit_or_loss()
    {
        var v = PositionValuation.Of(Long(AccountingClasses.Fvtpl), ValuationAtClean(Annual3, Today, 100.5), Today);
        Assert.Equal(10_050_000m, v.CleanMarketValueYuan);
        Assert.Equal(10_000_000m * (100.5m - 99m) / 100m, v.UnrealisedPnlYuan);
        Assert.Equal(0m, v.OciYuan);
        Assert.Equal(0m, v.AmortisationYuan);
        Assert.Null(v.AmortisedCostYuan);
        Assert.Equal(99.0, v.AverageCleanCost!.Value, 12);
        Assert.Equal(v.UnrealisedPnlYuan, v.ProfitOrLossYuan);
    }

    [Fact]
    public void Market_values_and_accrued_interest_come_from_the_valuation_per_100_times_face()
    {
        var valuation = ValuationAtYield(Annual3, Today, 0.0265);
        var v = PositionValuation.Of(Long(AccountingClasses.Fvtpl, 2500), valuation, Today);
        Assert.Equal((decimal)valuation.AccruedInterest * 250_000m, v.AccruedInterestYuan);
        Assert.Equal((decimal)valuation.DirtyPrice * 250_000m, v.DirtyMarketValueYuan);
        Assert.Equal(v.CleanMarketValueYuan + v.AccruedInterestYuan, v.DirtyMarketValueYuan, 6);
        Assert.Equal(3.0 * (Today.DayNumber - new DateOnly(2026, 6, 1).DayNumber) / 365 * 250_000, (double)v.AccruedInterestYuan, 6);
    }

    [Fact]
    public void Fvoci_fair_value_change_over_amortised_cost_goes_to_oci_and_oci_plus_amortised_cost_is_fair_value()
    {
        var ledger = Long(AccountingClasses.Fvoci);
        var v = PositionValuation.Of(ledger, ValuationAtYield(Annual3, Today, 0.036), Today);
        Assert.Equal(v.CleanMarketValueYuan, v.OciYuan + v.AmortisedCostYuan!.Value);
        Assert.Equal(ledger.AmortisedCostYuan(Today), v.AmortisedCostYuan);
        Assert.Equal(0m, v.UnrealisedPnlYuan);
        Assert.Equal(v.AmortisedCostYuan - 9_900_000m, v.AmortisationYuan);
        Assert.True(v.AmortisationYuan > 0, "bought below par, the discount accretes into interest income");
        Assert.True(v.OciYuan < 0, "yields rose above the purchase yield");
    }

    [Fact]
    public void Ac_books_report_no_fair_value_pnl_only_amortisation_and_disclose_market_value()
    {
        var v = PositionValuation.Of(Long(AccountingClasses.Ac), ValuationAtYield(Annual3, Today, 0.0312), Today);
        Assert.Equal((0m, 0m), (v.UnrealisedPnlYuan, v.OciYuan));
        Assert.True(v.CleanMarketValueYuan > 0 && v.CleanMarketValueYuan != v.AmortisedCostYuan);
        Assert.Equal(v.AmortisationYuan, v.ProfitOrLossYuan);
        Assert.Equal((double)(v.AmortisedCostYuan!.Value / 10_000_000m * 100m), v.AmortisedCleanPrice!.Value, 12);
    }

    [Theory]
    [InlineData(AccountingClasses.Fvtpl, 1000)]
    [InlineData(AccountingClasses.Ac, 1000)]
    [InlineData(AccountingClasses.Fvtpl, -700)]
    public void Dv01_in_yuan_is_a_central_difference_of_the_dirty_market_value_and_positive_for_a_long(string accountingClass, int wan)
    {
        var ledger = wan > 0 ? Long(accountingClass, wan) : Ledger(accountingClass, Annual3, AtClean(Annual3, "1", TradeSide.Sell, -wan, Bought, 99));
        const double y = 0.0271, bp = 1e-4;
        var v = PositionValuation.Of(ledger, ValuationAtYield(Annual3, Today, y), Today);
        double DirtyValue(double yield) => Annual3.Priced.FromYield(Today, yield).DirtyPrice * wan * 10_000 / 100;
        var finiteDifference = (DirtyValue(y - bp) - DirtyValue(y + bp)) / 2;
        Assert.Equal(finiteDifference, v.Dv01Yuan, Math.Abs(finiteDifference) * 1e-6);
        Assert.Equal(wan > 0, v.Dv01Yuan > 0);
        Assert.Equal(v.Dv01Yuan, Annual3.Priced.FromYield(Today, y).ModifiedDuration * (double)v.DirtyMarketValueYuan * bp, Math.Abs(v.Dv01Yuan) * 1e-3);
    }

    [Fact]
    public void A_short_has_negative_market_value_and_gains_when_prices_fall()
    {
        var ledger = Ledger(AccountingClasses.Fvtpl, Annual3, AtClean(Annual3, "1", TradeSide.Sell, 100, Bought, 101));
        var v = PositionValuation.Of(ledger, ValuationAtClean(Annual3, Today, 100), Today);
        Assert.Equal(-1_000_000m, v.CleanMarketValueYuan);
        Assert.Equal(10_000m, v.UnrealisedPnlYuan);
        Assert.True(v.AccruedInterestYuan < 0);
    }

    [Fact]
    public void An_older_valuation_is_rolled_forward_at_its_yield()
    {
        var ledger = Long(AccountingClasses.Fvoci);
        var stale = PositionValuation.Of(ledger, ValuationAtYield(Annual3, Today.AddDays(-3), 0.0283), Today);
        var fresh = PositionValuation.Of(ledger, ValuationAtYield(Annual3, Today, 0.0283), Today);
        Assert.Equal(fresh.CleanMarketValueYuan, stale.CleanMarketValueYuan, 6);
        Assert.Equal(fresh.AccruedInterestYuan, stale.AccruedInterestYuan, 6);
        Assert.Equal(fresh.OciYuan, stale.OciYuan, 6);
        Assert.Equal(fresh.Dv01Yuan, stale.Dv01Yuan, 6);
    }

    [Fact]
    public void A_flat_position_keeps_its_realised_pnl_needs_no_price_and_survives_maturity()
    {
        var ledger = Ledger(AccountingClasses.Fvtpl, Annual3, AtClean(Annual3, "1", TradeSide.Buy, 100, Bought, 99), AtClean(Annual3, "2", TradeSide.Sell, 100, Today, 100));
        var v = PositionValuation.Of(ledger, ValuationAtYield(Annual3, Today, 0.03), Maturity.AddDays(10));
        Assert.Equal(10_000m, v.RealisedPnlYuan);
        Assert.Equal((0m, 0m, 0m, 0.0), (v.FaceYuan, v.CleanMarketValueYuan, v.CarryYuan, v.Dv01Yuan));
        Assert.Equal(v.RealisedPnlYuan, v.ProfitOrLossYuan);
    }

    [Fact]
    public void Realised_pnl_is_carried_into_the_valuation()
    {
        var ledger = Ledger(AccountingClasses.Fvtpl, Annual3, AtClean(Annual3, "1", TradeSide.Buy, 200, Bought, 99), AtClean(Annual3, "2", TradeSide.Sell, 100, Today, 100));
        var v = PositionValuation.Of(ledger, ValuationAtClean(Annual3, Today, 100.25), Today);
        Assert.Equal(10_000m, v.RealisedPnlYuan);
        Assert.Equal(12_500m, v.UnrealisedPnlYuan);
        Assert.Equal(22_500m, v.ProfitOrLossYuan);
    }

    [Fact]
    public void A_valuation_of_another_bond_a_later_day_or_a_matured_holding_is_refused()
    {
        var ledger = Long(AccountingClasses.Fvtpl);
        var other = Fixed("OTHER", 0.02m, 1, Issue, Maturity);
        Assert.Equal("valuation", Assert.Throws<DomainException>(() => PositionValuation.Of(ledger, ValuationAtYield(other, Today, 0.02), Today)).Field);
        Assert.Equal("valuation", Assert.Throws<DomainException>(() => PositionValuation.Of(ledger, ValuationAtYield(Annual3, Today.AddDays(1), 0.02), Today)).Field);
        Assert.Equal("asOf", Assert.Throws<DomainException>(() => PositionValuation.Of(ledger, ValuationAtYield(Annual3, Today, 0.02), Maturity)).Field);
    }
}
