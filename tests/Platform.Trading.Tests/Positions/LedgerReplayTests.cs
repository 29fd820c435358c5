using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Positions;
using Xunit;
using static Platform.Trading.Tests.Positions.PositionBuilders;

namespace Platform.Trading.Tests.Positions;

/// The order trades are folded in, and what a ledger refuses.
public sealed class LedgerReplayTests
{
    private static readonly DateOnly D = new(2026, 11, 27);

    private static PositionTrade Trade(string id, TradeSide side, double clean, int tradeDay, int settlementDay)
    {
        var t = AtClean(Annual3, id, side, 100, D.AddDays(settlementDay), clean);
        return PositionTrade.Of(id, t.BondId, side, t.FaceWan, t.CleanPrice, t.AccruedPerHundred, t.DirtyPrice, D.AddDays(tradeDay), t.SettlementDate);
    }

    [Fact]
    public void Replay_folds_by_settlement_date_then_trade_date_whatever_order_the_trades_come_in()
    {
        // Settlement date, then trade date: buy 99, sell 101 (realises 20,000), then buy 100.
        PositionTrade[] inOrder = [Trade("a", TradeSide.Buy, 99, 0, 1), Trade("b", TradeSide.Buy, 100, 1, 2), Trade("c", TradeSide.Sell, 101, 0, 2)];
        var ledger = Ledger(AccountingClasses.Fvtpl, Annual3, inOrder[2], inOrder[0], inOrder[1]);
        Assert.Equal(Ledger(AccountingClasses.Fvtpl, Annual3, inOrder[0], inOrder[2], inOrder[1]).RealisedPnlYuan, ledger.RealisedPnlYuan);
        Assert.Equal(20_000m, ledger.RealisedPnlYuan);
        Assert.Equal(100.0, ledger.AverageCleanCost!.Value, 12);
    }

    [Fact]
    public void Trades_on_the_same_dates_keep_their_booking_order()
    {
        var (buy, sell) = (Trade("a", TradeSide.Buy, 99, 0, 1), Trade("b", TradeSide.Sell, 101, 0, 1));
        Assert.Equal(20_000m, Ledger(AccountingClasses.Fvtpl, Annual3, buy, sell).RealisedPnlYuan);
        Assert.Equal(20_000m, Ledger(AccountingClasses.Fvtpl, Annual3, sell, buy).RealisedPnlYuan);
        Assert.Equal(2, Ledger(AccountingClasses.Fvtpl, Annual3, sell, buy).TradeCount);
    }

    [Fact]
    public void Apply_refuses_a_trade_settling_before_one_already_applied()
    {
        var ledger = PositionLedger.Open("BK1", AccountingClasses.Ac, Annual3).Apply(Trade("a", TradeSide.Buy, 99, 0, 2));
        Assert.Equal("settlementDate", Assert.Throws<DomainException>(() => ledger.Apply(Trade("b", TradeSide.Buy, 99, 0, 1))).Field);
        Assert.Equal(D.AddDays(2), ledger.LastSettlementDate);
    }

    [Fact]
    public void Apply_refuses_another_bond_and_a_trade_settling_at_maturity()
    {
        var ledger = PositionLedger.Open("BK1", AccountingClasses.Fvtpl, Annual3);
        var other = PositionTrade.Of("x", "OTHER", TradeSide.Buy, 100, 99, 0, 99, D, D);
        var atMaturity = PositionTrade.Of("y", Annual3.BondId, TradeSide.Buy, 100, 99, 0, 99, Maturity, Maturity);
        Assert.Equal("bondId", Assert.Throws<DomainException>(() => ledger.Apply(other)).Field);
        Assert.Equal("settlementDate", Assert.Throws<DomainException>(() => ledger.Apply(atMaturity)).Field);
    }

    [Fact]
    public void A_ledger_needs_a_book_and_a_known_accounting_class()
    {
        Assert.Equal("bookId", Assert.Throws<DomainException>(() => PositionLedger.Open(" ", AccountingClasses.Ac, Annual3)).Field);
        Assert.Equal("accountingClass", Assert.Throws<DomainException>(() => PositionLedger.Open("BK1", "HTM", Annual3)).Field);
    }

    [Fact]
    public void Applying_returns_a_new_ledger_and_leaves_the_old_one_as_it_was()
    {
        var empty = PositionLedger.Open("BK1", AccountingClasses.Ac, Annual3);
        var held = empty.Apply(Trade("a", TradeSide.Buy, 99, 0, 1));
        Assert.Equal((0m, 0, 0), (empty.FaceYuan, empty.Lots.Length, empty.TradeCount));
        Assert.Equal((1_000_000m, 1), (held.FaceYuan, held.Lots.Length));
    }
}
