using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Platform.Benchmarks;

/// Adds the 95th percentile to a benchmark's table, for targets stated as a p95.
public sealed class PercentileConfig : ManualConfig
{
    public PercentileConfig() => AddColumn(StatisticColumn.P95);
}
