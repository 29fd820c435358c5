using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Platform.Benchmarks;

/// <summary>
/// The order path below HTTP: <c>ITradingDesk.PlaceOrderAsync</c> validates, prices on the day's valuation, runs every
/// pre-trade check and books through the sharded entity, 64 in flight as the load test's connections. Set against
/// <see cref="OrderCoreBenchmarks"/> it gives the desk's own cost; set against the load test, HTTP's.
/// </summary>
[GcServer(true)]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 5, invocationCount: 1)]
public class DeskOrderBenchmarks
{
    private const int PerIteration = 10_000;
    private TradingBench _bench = null!;

    [GlobalSetup]
    public void Setup() => _bench = new TradingBench();

    [Benchmark(OperationsPerInvoke = PerIteration)]
    public Task PlaceOrdersThroughDesk() => _bench.PlaceThroughDeskAsync(PerIteration, 64);

    [GlobalCleanup]
    public void Cleanup() => _bench.Dispose();
}
