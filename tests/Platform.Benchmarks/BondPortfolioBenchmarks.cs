using BenchmarkDotNet.Attributes;
using Platform.Analytics.Bonds;

namespace Platform.Benchmarks;

/// <summary>
/// Portfolio revaluation: 100,000 random fixed-coupon bonds (1–30 years, annual and semi-annual), every measure from a
/// clean price (the yield solved), on both cores. The issue's target is ≤ 0.1 s. The bonds are resolved once in the
/// set-up, as a portfolio held in memory would be.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class BondPortfolioBenchmarks
{
    private const int Count = 100_000;
    private static readonly DateOnly Settlement = new(2026, 11, 26);
    private ResolvedFixedBond[] _bonds = [];
    private double[] _cleanPrices = [];
    private BondMeasures[] _results = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261126);
        _bonds = new ResolvedFixedBond[Count];
        _cleanPrices = new double[Count];
        _results = new BondMeasures[Count];
        for (var i = 0; i < Count; i++)
        {
            var issue = new DateOnly(2016 + random.Next(10), 1 + random.Next(12), 1 + random.Next(28));
            var maturity = issue.AddYears(1 + random.Next(30));
            if (maturity <= Settlement) maturity = maturity.AddYears(10);
            var bond = FixedCouponBond.Of(0.01 + random.NextDouble() * 0.04, random.Next(2) == 0 ? CouponFrequency.Annual : CouponFrequency.SemiAnnual, issue, maturity);
            _bonds[i] = new ResolvedFixedBond(bond);
            _cleanPrices[i] = ChinaFixedBondPricer.FromYield(_bonds[i], Settlement, 0.01 + random.NextDouble() * 0.04).CleanPrice;   // market-like prices
        }
    }

    [Benchmark]
    public void AllMeasuresFromCleanPrice100kBonds() =>
        Parallel.For(0, Count, i => _results[i] = ChinaFixedBondPricer.FromCleanPrice(_bonds[i], Settlement, _cleanPrices[i]));
}
