using BenchmarkDotNet.Attributes;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Positions;
using Platform.Trading.Domain.Pricing;

namespace Platform.Benchmarks;

/// <summary>
/// The issue's "positions of a book with 5,000 bonds revalued in ≤ 50 ms": one book holding 5,000 different fixed-coupon
/// bonds (annual and semi-annual, 1 to 30 years, some bought twice), each position valued on the day's valuation:
/// market values, accrued, realised and unrealised P&amp;L by accounting class, carry and DV01. The ledgers are built in
/// the set-up; the measured call is the revaluation alone, as the blotter does when a valuation or a trade arrives.
/// </summary>
[MemoryDiagnoser]
public class PositionRevaluationBenchmarks
{
    private const int Bonds = 5_000;
    private static readonly DateOnly AsOf = new(2026, 11, 26);
    private PositionLedger[] _ledgers = [];
    private Dictionary<string, ValuationView> _valuations = [];
    private PositionValuation[] _results = [];

    [Params(AccountingClasses.Fvtpl, AccountingClasses.Ac)]
    public string AccountingClass { get; set; } = AccountingClasses.Fvtpl;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5_000);
        _ledgers = new PositionLedger[Bonds];
        _valuations = new Dictionary<string, ValuationView>(Bonds, StringComparer.Ordinal);
        for (var i = 0; i < Bonds; i++)
        {
            var daysAgo = random.Next(30, 1500);
            var issue = AsOf.AddDays(-daysAgo);
            var years = random.Next(daysAgo / 365 + 2, 31);   // alive well after the valuation date
            var frequency = years >= 10 ? 2 : 1;
            var terms = new BondView($"B{i:D5}", $"B{i}", $"Bond {i}", BondTypes.Treasury, "MOF", "财政部", CouponTypes.Fixed, Math.Round(0.015m + (decimal)random.NextDouble() * 0.02m, 4),
                frequency, "ACT/ACT-ICMA", issue, issue.AddYears(years), 100m, 10m, null, null, null, null, null, null, null, [new MarketCode(Markets.Cfets, $"{i:D6}")]);
            var bond = PositionBond.Of(terms);
            var yield = 0.012 + random.NextDouble() * 0.015;
            var bought = bond.Priced.FromYield(AsOf.AddDays(-20), yield + 0.001);
            var ledger = PositionLedger.Open("BOOK", AccountingClass, bond)
                .Apply(PositionTrade.Of($"T{i}a", terms.BondId, TradeSide.Buy, 1000m, bought.CleanPrice, bought.AccruedInterest, bought.DirtyPrice, AsOf.AddDays(-21), AsOf.AddDays(-20)));
            if (i % 3 == 0)
            {
                var more = bond.Priced.FromYield(AsOf.AddDays(-5), yield);
                ledger = ledger.Apply(PositionTrade.Of($"T{i}b", terms.BondId, TradeSide.Buy, 500m, more.CleanPrice, more.AccruedInterest, more.DirtyPrice, AsOf.AddDays(-6), AsOf.AddDays(-5)));
            }
            _ledgers[i] = ledger;
            var today = bond.Priced.FromYield(AsOf, yield);
            _valuations[terms.BondId] = new ValuationView(terms.BondId, AsOf, today.CleanPrice, today.DirtyPrice, today.AccruedInterest, yield, today.ModifiedDuration, "BENCH");
        }
        _results = new PositionValuation[Bonds];
    }

    [Benchmark]
    public void RevalueBook() => BookRevaluation.Revalue(_ledgers, _valuations, AsOf, _results);
}
