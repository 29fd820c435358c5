using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Positions;
using Xunit;
using static Platform.Trading.Tests.Positions.PositionBuilders;

namespace Platform.Trading.Tests.Positions;

/// Amortised-cost books (AC, FVOCI): FIFO lots, each with its effective yield, and disposals realised against the
/// carrying amount of the lots they close.
public sealed class FifoLotLedgerTests
{
    private static readonly DateOnly D1 = new(2026, 7, 15), D2 = new(2026, 9, 30), D3 = new(2027, 2, 10);

    [Theory]
    [InlineData(AccountingClasses.Ac)]
    [InlineData(AccountingClasses.Fvoci)]
    public void A_sale_closes_the_oldest_lot_first_and_realises_against_each_lots_amortised_cost(string accountingClass)
    {
        var sale = AtClean(Annual3, "3", TradeSide.Sell, 150, D3, 100.8);
        var ledger = Ledger(accountingClass, Annual3, AtYield(Annual3, "1", TradeSide.Buy, 100, D1, 0.025), AtYield(Annual3, "2", TradeSide.Buy, 100, D2, 0.030), sale);

        var carriedFirst = Annual3.Priced.FromYield(D3, 0.025).CleanPrice;
        var carriedSecond = Annual3.Priced.FromYield(D3, 0.030).CleanPrice;
        var expected = 1_000_000 * (100.8 - carriedFirst) / 100 + 500_000 * (100.8 - carriedSecond) / 100;
        Assert.Equal(expected, (double)ledger.RealisedPnlYuan, 4);

        var left = Assert.Single(ledger.Lots);
        Assert.Equal(("2", 500_000m, D2), (left.TradeId, left.FaceYuan, left.SettlementDate));
        Assert.Equal(0.030, left.EffectiveYield, 10);
        Assert.Equal(500_000m, ledger.FaceYuan);
        Assert.Equal(Annual3.Priced.FromYield(D2, 0.030).CleanPrice, ledger.AverageCleanCost!.Value, 10);
    }

    [Fact]
    public void The_same_trades_realise_on_fifo_cost_in_ac_and_on_average_cost_in_fvtpl()
    {
        PositionTrade[] trades = [AtClean(Annual3, "1", TradeSide.Buy, 100, D1, 99), AtClean(Annual3, "2", TradeSide.Buy, 100, D1, 101), AtClean(Annual3, "3", TradeSide.Sell, 50, D1, 102)];
        Assert.Equal(15_000, (double)Ledger(AccountingClasses.Ac, Annual3, trades).RealisedPnlYuan, 4);
        Assert.Equal(10_000m, Ledger(AccountingClasses.Fvtpl, Annual3, trades).RealisedPnlYuan);
        var ac = Ledger(AccountingClasses.Ac, Annual3, trades);
        Assert.Equal((50 * 99 + 100 * 101) / 150.0, ac.AverageCleanCost!.Value, 10);
    }

    [Fact]
    public void A_round_trip_at_the_same_dirty_price_on_one_day_realises_nothing()
    {
        var ledger = Ledger(AccountingClasses.Ac, Annual3, AtYield(Annual3, "1", TradeSide.Buy, 2000, D2, 0.027), AtYield(Annual3, "2", TradeSide.Sell, 2000, D2, 0.027));
        Assert.Equal(0, (double)ledger.RealisedPnlYuan, 4);
        Assert.Empty(ledger.Lots);
        Assert.Equal(0m, ledger.FaceYuan);
        Assert.Equal(0m, ledger.CostYuan);
    }

    [Fact]
    public void Selling_at_a_constant_yield_later_realises_nothing_because_the_lot_is_carried_at_that_yield()
    {
        var ledger = Ledger(AccountingClasses.Ac, Annual3, AtYield(Annual3, "1", TradeSide.Buy, 1000, D1, 0.027), AtYield(Annual3, "2", TradeSide.Sell, 400, D3, 0.027));
        Assert.Equal(0, (double)ledger.RealisedPnlYuan, 4);
        Assert.Equal(6_000_000m, Assert.Single(ledger.Lots).FaceYuan);
    }

    [Fact]
    public void A_sale_beyond_the_lots_opens_a_short_lot_that_a_later_buy_closes()
    {
        var ledger = Ledger(AccountingClasses.Fvoci, Annual3, AtYield(Annual3, "1", TradeSide.Buy, 100, D1, 0.027), AtYield(Annual3, "2", TradeSide.Sell, 300, D2, 0.027));
        var shortLot = Assert.Single(ledger.Lots);
        Assert.Equal(("2", -2_000_000m), (shortLot.TradeId, shortLot.FaceYuan));
        Assert.Equal(0.027, shortLot.EffectiveYield, 10);

        var buyBack = AtClean(Annual3, "3", TradeSide.Buy, 200, D3, 99);
        var covered = ledger.Apply(buyBack);
        var carried = Annual3.Priced.FromYield(D3, 0.027).CleanPrice;
        Assert.Equal((double)ledger.RealisedPnlYuan + 2_000_000 * (carried - 99) / 100, (double)covered.RealisedPnlYuan, 4);
        Assert.Empty(covered.Lots);
    }

    [Fact]
    public void Lots_always_add_up_to_the_face_and_cost()
    {
        var ledger = Ledger(AccountingClasses.Ac, Annual3,
            AtYield(Annual3, "1", TradeSide.Buy, 300, D1, 0.026), AtYield(Annual3, "2", TradeSide.Buy, 200, D1.AddDays(1), 0.028),
            AtYield(Annual3, "3", TradeSide.Sell, 350, D2, 0.029), AtYield(Annual3, "4", TradeSide.Buy, 500, D3, 0.024));
        Assert.Equal(6_500_000m, ledger.FaceYuan);
        Assert.Equal(ledger.FaceYuan, ledger.Lots.Sum(l => l.FaceYuan));
        Assert.Equal(ledger.CostYuan, ledger.Lots.Sum(l => l.CostYuan));
        Assert.Equal(["2", "4"], ledger.Lots.Select(l => l.TradeId));
        Assert.Equal(1_500_000m, ledger.Lots[0].FaceYuan);
    }
}
