using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Platform.Analytics.Bonds;

namespace Platform.Benchmarks;

/// <summary>
/// The reference workloads on its reference bond (10-year 2.5 % annual): every measure from a yield, and every
/// measure from a clean price (yield solved to 1e-12). Targets: ≤ 100 ns and ≤ 600 ns, zero allocations.
/// QLNet prices the same bond in the same run as the peer; the ratio is what the report compares.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BondPricingBenchmarks
{
    private static readonly DateOnly Settlement = new(2026, 11, 26);
    private readonly ResolvedFixedBond _bond = new(FixedCouponBond.Of(0.025, CouponFrequency.Annual, new DateOnly(2025, 3, 15), new DateOnly(2035, 3, 15)));
    private QLNetBondPeer _peer = null!;
    private double _clean;

    [GlobalSetup]
    public void Setup()
    {
        _clean = ChinaFixedBondPricer.FromYield(_bond, Settlement, 0.0271).CleanPrice;
        _peer = new QLNetBondPeer(new DateOnly(2025, 3, 15), new DateOnly(2035, 3, 15), 0.025, Settlement);
        if (Math.Abs(_peer.CleanPrice(0.0271) - _clean) > 1e-8)
            throw new InvalidOperationException($"QLNet prices the bond at {_peer.CleanPrice(0.0271)}, we at {_clean}: not the same workload");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("price from yield")]
    public double QLNetCleanPriceFromYield() => _peer.CleanPrice(0.0271);

    [Benchmark, BenchmarkCategory("price from yield")]
    public BondMeasures MeasuresFromYield() => ChinaFixedBondPricer.FromYield(_bond, Settlement, 0.0271);

    [Benchmark(Baseline = true), BenchmarkCategory("yield from price")]
    public double QLNetYieldFromCleanPrice() => _peer.Yield(_clean);

    [Benchmark, BenchmarkCategory("yield from price")]
    public BondMeasures MeasuresFromCleanPrice() => ChinaFixedBondPricer.FromCleanPrice(_bond, Settlement, _clean);
}
