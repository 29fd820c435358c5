using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Pricing;
using Platform.Trading.Persistence;

namespace Platform.Trading.Application.Desk;

/// Reference data in memory for the checks of every ticket and order: bonds with their resolved pricing, counterparties
/// and books, read again after <see cref="MaxAge"/> or at once after a change on this node. Changes made on another
/// node are seen within <see cref="MaxAge"/>.
internal sealed class ReferenceCache(ReferenceDataStore store, IClock clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _current;

    public sealed record Snapshot(
        IReadOnlyDictionary<string, (BondView Bond, PricedBond Priced)> Bonds,
        IReadOnlyDictionary<string, CounterpartyView> Counterparties,
        IReadOnlyDictionary<string, BookNodeView> Books,
        DateTimeOffset LoadedAt);

    public void Invalidate() => _current = null;

    public async Task<Snapshot> GetAsync(CancellationToken ct)
    {
        var current = _current;
        if (current is not null && clock.UtcNow - current.LoadedAt < MaxAge) return current;
        await _loading.WaitAsync(ct);
        try
        {
            current = _current;
            if (current is not null && clock.UtcNow - current.LoadedAt < MaxAge) return current;
            _current = current = await LoadAsync(ct);
            return current;
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<Snapshot> LoadAsync(CancellationToken ct)
    {
        var bonds = await store.AllBondsAsync(ct);
        var counterparties = await store.AllCounterpartiesAsync(ct);
        await using var conn = await store.OpenAsync(ct);
        var books = await store.BookTreeAsync(conn, null, ct);
        var priced = new Dictionary<string, (BondView, PricedBond)>(StringComparer.Ordinal);
        foreach (var bond in bonds) priced[bond.BondId] = (bond, PricedBond.Of(bond));
        return new Snapshot(priced, counterparties.ToDictionary(c => c.CounterpartyId, StringComparer.Ordinal),
            books.ToDictionary(b => b.NodeId, StringComparer.Ordinal), clock.UtcNow);
    }
}
