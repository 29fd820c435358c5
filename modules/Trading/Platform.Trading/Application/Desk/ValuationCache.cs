using System.Collections.Concurrent;
using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Persistence;

namespace Platform.Trading.Application.Desk;

/// The latest valuation of every bond on or before a date, read once per date and kept for <see cref="MaxAge"/>
/// (a day's valuations arrive once, in the evening).
internal sealed class ValuationCache(ReferenceDataStore store, IClock clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<DateOnly, (IReadOnlyDictionary<string, ValuationView> ByBond, DateTimeOffset LoadedAt)> _byDate = new();

    public void Invalidate() => _byDate.Clear();

    public async Task<ValuationView?> LatestBeforeAsync(string bondId, DateOnly date, CancellationToken ct)
    {
        if (!_byDate.TryGetValue(date, out var entry) || clock.UtcNow - entry.LoadedAt > MaxAge)
        {
            var all = await store.LatestValuationsAsync(date.AddDays(-1), ct);
            entry = (all.ToDictionary(v => v.BondId, StringComparer.Ordinal), clock.UtcNow);
            _byDate[date] = entry;
        }
        return entry.ByBond.GetValueOrDefault(bondId);
    }
}
