using System.Diagnostics;
using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Positions;
using Xunit;
using static Platform.Trading.Tests.Positions.PositionBuilders;

namespace Platform.Trading.Tests.Positions;

/// Revaluing a whole book at once: the same numbers as one position at a time, nothing allocated, and fast.
public sealed class BookRevaluationTests
{
    private static readonly DateOnly AsOf = SyntheticBook.AsOf;

    [Fact]
    public void The_batch_gives_each_position_what_valuing_it_alone_gives()
    {
        var book = new SyntheticBook(300);
        var results = BookRevaluation.Revalue(book.Positions, book.Valuations, AsOf);
        Assert.Equal(book.Positions.Length, results.Length);
        for (var i = 0; i < results.Length; i++)
            Assert.Equal(PositionValuation.Of(book.Positions[i], book.Valuations[book.Positions[i].BondId], AsOf), results[i]);
        Assert.Contains(results, r => r.AccountingClass == AccountingClasses.Fvoci && r.OciYuan != 0);
        Assert.Contains(results, r => r.AccountingClass == AccountingClasses.Fvtpl && r.UnrealisedPnlYuan != 0);
    }

    [Fact]
    public void Book_totals_add_up_the_positions()
    {
        var book = new SyntheticBook(200);
        var results = BookRevaluation.Revalue(book.Positions, book.Valuations, AsOf);
        var totals = BookTotals.Of(results);
        Assert.Equal(results.Sum(r => r.CleanMarketValueYuan), totals.CleanMarketValueYuan);
        Assert.Equal(results.Sum(r => r.OciYuan), totals.OciYuan);
        Assert.Equal(results.Sum(r => r.CarryYuan), totals.CarryYuan);
        Assert.Equal(results.Sum(r => r.Dv01Yuan), totals.Dv01Yuan, 6);
        Assert.True(totals.Dv01Yuan > 0);
    }

    [Fact]
    public void Revaluing_a_book_into_a_buffer_allocates_nothing()
    {
        var book = new SyntheticBook(1000);
        var results = new PositionValuation[book.Positions.Length];
        BookRevaluation.Revalue(book.Positions, book.Valuations, AsOf, results);
        var before = GC.GetAllocatedBytesForCurrentThread();
        BookRevaluation.Revalue(book.Positions, book.Valuations, AsOf, results);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// The budget (50 ms for 5,000 bonds) is measured by BenchmarkDotNet on a release build; this debug-build check
    /// only catches a slide into a different order of magnitude.
    [Fact]
    public void Five_thousand_bonds_revalue_well_inside_the_budget_even_in_a_debug_build()
    {
        var book = new SyntheticBook(5000);
        var results = new PositionValuation[book.Positions.Length];
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            BookRevaluation.Revalue(book.Positions, book.Valuations, AsOf, results);
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }
        Assert.True(best < TimeSpan.FromMilliseconds(250), $"best of 5 runs took {best.TotalMilliseconds:F1} ms");
    }

    [Fact]
    public void A_position_without_a_valuation_is_refused_unless_it_is_flat()
    {
        var flat = Ledger(AccountingClasses.Fvtpl, Annual3, AtClean(Annual3, "1", TradeSide.Buy, 100, AsOf, 99), AtClean(Annual3, "2", TradeSide.Sell, 100, AsOf, 99.5));
        var open = Ledger(AccountingClasses.Ac, Annual3, AtClean(Annual3, "1", TradeSide.Buy, 100, AsOf, 99));
        var none = new Dictionary<string, ValuationView>();
        Assert.Equal(5_000m, BookRevaluation.Revalue([flat], none, AsOf)[0].RealisedPnlYuan);
        Assert.Equal("valuations", Assert.Throws<DomainException>(() => BookRevaluation.Revalue([flat, open], none, AsOf)).Field);
    }

    [Fact]
    public void A_buffer_smaller_than_the_book_is_refused()
    {
        var book = new SyntheticBook(3);
        Assert.Throws<ArgumentException>(() => BookRevaluation.Revalue(book.Positions, book.Valuations, AsOf, new PositionValuation[2]));
    }
}
