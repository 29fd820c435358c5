using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Platform.Benchmarks;

/// <summary>
/// The "in-process through the sharded entities, ≥ 30,000 commands/s persisted". The real host on SQLite; each
/// order goes to its book's entity through Cluster Sharding, is decided by the book's rules, journaled, projected (trade
/// row, position, outbox event) and answered only after both commits. Six books, 2,048 in flight. Each invocation books
/// 20,000 orders, so the reported time is per order: 33 µs or less is ≥ 30,000 a second.
/// </summary>
[GcServer(true)]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 5, invocationCount: 1)]
public class OrderCoreBenchmarks
{
    private const int PerIteration = 20_000;
    private TradingBench _bench = null!;

    [GlobalSetup]
    public void Setup() => _bench = new TradingBench();

    [Benchmark(OperationsPerInvoke = PerIteration)]
    public Task PlaceOrdersOnBooks() => _bench.PlaceOnBooksAsync(PerIteration, 2_048);

    [GlobalCleanup]
    public void Cleanup() => _bench.Dispose();
}
