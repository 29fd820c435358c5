using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Positions;
using Xunit;
using static Platform.Trading.Tests.Positions.PositionBuilders;

namespace Platform.Trading.Tests.Positions;

/// The fair-value (FVTPL) fold: weighted-average clean cost, P&L realised against it on a clean basis, shorts.
public sealed class AverageCostLedgerTests
{
    private static readonly DateOnly D = new(2026, 11, 27);
    private static PositionTrade At(string id, TradeSide side, decimal wan, double clean, int day = 0) => AtClean(Annual3, id, side, wan, D.AddDays(day), clean);

    [Fact]
    public void Buy_100_at_99_and_100_at_101_then_sell_50_at_102_realises_10000_yuan_on_the_average_cost()
    {
        var ledger = Ledger(AccountingClasses.Fvtpl, Annual3, At("1", TradeSide.Buy, 100, 99), At("2", TradeSide.Buy, 100, 101), At("3", TradeSide.Sell, 50, 102, 1));
        Assert.Equal(50m * 10_000m * (102m - 100m) / 100m, ledger.RealisedPnlYuan);
        Assert.Equal(1_500_000m, ledger.FaceYuan);
        Assert.Equal(150m, ledger.FaceWan);
        Assert.Equal(100.0, ledger.AverageCleanCost!.Value, 12);
        Assert.Equal(1_500_000m, ledger.CostYuan);
        Assert.Empty(ledger.Lots);
    }

    [Fact]
    public void A_round_trip_at_the_same_price_realises_nothing_and_leaves_the_book_flat()
    {
        var ledger = Ledger(AccountingClasses.Fvtpl, Annual3, At("1", TradeSide.Buy, 3000, 98.7654), At("2", TradeSide.Sell, 3000, 98.7654, 5));
        Assert.Equal(0m, ledger.RealisedPnlYuan);
        Assert.Equal(0m, ledger.FaceYuan);
        Assert.Equal(0m, ledger.CostYuan);
        Assert.Null(ledger.AverageCleanCost);
    }

    [Fact]
    public void Selling_in_three_pieces_realises_what_selling_at_once_does_and_never_moves_the_average()
    {
        var bought = new[] { At("1", TradeSide.Buy, 700, 99.13), At("2", TradeSide.Buy, 300, 100.07) };
        var once = Ledger(AccountingClasses.Fvtpl, Annual3, [.. bought, At("3", TradeSide.Sell, 900, 100.5, 1)]);
        var piecewise = Ledger(AccountingClasses.Fvtpl, Annual3, [.. bought, At("3", TradeSide.Sell, 300, 100.5, 1), At("4", TradeSide.Sell, 300, 100.5, 2), At("5", TradeSide.Sell, 300, 100.5, 3)]);
        var average = (700 * 99.13 + 300 * 100.07) / 1000;
        Assert.Equal(once.RealisedPnlYuan, piecewise.RealisedPnlYuan, 10);
        Assert.Equal(9_000_000 * (100.5 - average) / 100, (double)once.RealisedPnlYuan, 6);
        Assert.Equal(average, piecewise.AverageCleanCost!.Value, 10);
    }

    [Fact]
    public void A_sale_beyond_the_holding_realises_the_long_and_opens_a_short_at_its_own_price()
    {
        var ledger = Ledger(AccountingClasses.Fvtpl, Annual3, At("1", TradeSide.Buy, 100, 99), At("2", TradeSide.Sell, 150, 101, 1));
        Assert.Equal(20_000m, ledger.RealisedPnlYuan);
        Assert.Equal(-500_000m, ledger.FaceYuan);
        Assert.Equal(-505_000m, ledger.CostYuan);
        Assert.Equal(101.0, ledger.AverageCleanCost!.Value, 12);

        var covered = ledger.Apply(At("3", TradeSide.Buy, 50, 100, 2));
        Assert.Equal(20_000m + 5_000m, covered.RealisedPnlYuan);
        Assert.Equal(0m, covered.FaceYuan);
        Assert.Equal(0m, covered.CostYuan);
    }

    [Fact]
    public void A_short_from_flat_gains_when_bought_back_cheaper_and_adds_at_the_average_proceeds()
    {
        var ledger = Ledger(AccountingClasses.Fvtpl, Annual3, At("1", TradeSide.Sell, 100, 100), At("2", TradeSide.Sell, 100, 102), At("3", TradeSide.Buy, 100, 98, 1));
        Assert.Equal(1_000_000m * (101m - 98m) / 100m, ledger.RealisedPnlYuan);
        Assert.Equal(-1_000_000m, ledger.FaceYuan);
        Assert.Equal(101.0, ledger.AverageCleanCost!.Value, 12);
    }

    [Fact]
    public void Accrued_interest_bought_and_sold_is_kept_apart_from_the_price_pnl()
    {
        var buy = At("1", TradeSide.Buy, 200, 99);
        var sell = At("2", TradeSide.Sell, 50, 99, 30);
        var ledger = Ledger(AccountingClasses.Fvtpl, Annual3, buy, sell);
        Assert.Equal(0m, ledger.RealisedPnlYuan);
        Assert.Equal(2_000_000m * (decimal)buy.AccruedPerHundred / 100m, ledger.AccruedPaidYuan);
        Assert.Equal(500_000m * (decimal)sell.AccruedPerHundred / 100m, ledger.AccruedReceivedYuan);
        Assert.True(ledger.AccruedReceivedYuan > 0 && sell.AccruedPerHundred > buy.AccruedPerHundred);
        Assert.Equal(2, ledger.TradeCount);
    }
}
