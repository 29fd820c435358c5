using BenchmarkDotNet.Attributes;
using Platform.Analytics.Bonds;

namespace Platform.Benchmarks;

/// <summary>
/// The reference workloads on its reference bond (10-year 2.5 % annual): every measure from a yield, and every
/// measure from a clean price (yield solved to 1e-12). Targets: ≤ 100 ns and ≤ 600 ns, zero allocations.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class BondPricingBenchmarks
{
    private static readonly DateOnly Settlement = new(2026, 11, 26);
    private readonly ResolvedFixedBond _bond = new(FixedCouponBond.Of(0.025, CouponFrequency.Annual, new DateOnly(2025, 3, 15), new DateOnly(2035, 3, 15)));
    private double _clean;

    [GlobalSetup]
    public void Setup() => _clean = ChinaFixedBondPricer.FromYield(_bond, Settlement, 0.0271).CleanPrice;

    [Benchmark]
    public BondMeasures MeasuresFromYield() => ChinaFixedBondPricer.FromYield(_bond, Settlement, 0.0271);

    [Benchmark]
    public BondMeasures MeasuresFromCleanPrice() => ChinaFixedBondPricer.FromCleanPrice(_bond, Settlement, _clean);
}
