using System.Collections.Concurrent;
using Platform.SharedKernel;
using Platform.Trading.Persistence;

namespace Platform.Trading.Application.Desk;

/// Face outstanding with each counterparty, read from the projection at most once per <see cref="MaxAge"/>: under a
/// burst of orders the credit check uses a figure up to that old (documented in the module README).
internal sealed class ExposureCache(BookReadStore reads, IClock clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, (decimal Wan, DateTimeOffset At)> _byCounterparty = new(StringComparer.Ordinal);

    public async Task<decimal> ExposureAsync(string counterpartyId, DateOnly today, CancellationToken ct)
    {
        if (_byCounterparty.TryGetValue(counterpartyId, out var entry) && clock.UtcNow - entry.At < MaxAge) return entry.Wan;
        var wan = await reads.ExposureAsync(counterpartyId, today, ct);
        _byCounterparty[counterpartyId] = (wan, clock.UtcNow);
        return wan;
    }
}
