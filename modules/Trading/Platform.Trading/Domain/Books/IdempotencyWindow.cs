using System.Collections.Immutable;

namespace Platform.Trading.Domain.Books;

/// The idempotency keys a book has accepted lately, with what each produced and the hash of its request. Keys are kept
/// in two generations of up to <see cref="Generation"/> keys: when the recent one is full it becomes the older one and
/// the older one is let go, whole. So the window holds at least the last <see cref="Generation"/> keys (at most twice
/// that), and adding a key never removes one: one immutable insert, where a strict first-in-first-out window paid an
/// insert, a removal and a queue step per key. An older retry is recognised from the read model, where every ticket
/// and trade keeps its key.
public sealed record IdempotencyWindow(
    ImmutableDictionary<string, (string ResultId, string RequestHash)> Recent,
    ImmutableDictionary<string, (string ResultId, string RequestHash)> Older,
    bool Forgot)
{
    public const int Generation = 10_000;

    public static IdempotencyWindow Empty { get; } = new(ImmutableDictionary.Create<string, (string, string)>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, (string, string)>(StringComparer.Ordinal), false);

    public int Count => Recent.Count + Older.Count;

    /// The window has let keys go: a key it does not hold must then be looked up in the read model before it is taken as new.
    public bool MayHaveForgotten => Forgot;

    public bool TryGet(string key, out (string ResultId, string RequestHash) seen) => Recent.TryGetValue(key, out seen) || Older.TryGetValue(key, out seen);

    public IdempotencyWindow Add(string key, string resultId, string requestHash)
    {
        if (TryGet(key, out _)) return this;
        if (Recent.Count < Generation) return this with { Recent = Recent.Add(key, (resultId, requestHash)) };
        return new IdempotencyWindow(Empty.Recent.Add(key, (resultId, requestHash)), Recent, Forgot || Older.Count > 0);
    }

    /// Every key held, the older generation first, for a snapshot.
    public IEnumerable<(string Key, string ResultId, string RequestHash)> Entries() =>
        Older.Concat(Recent).Select(e => (e.Key, e.Value.ResultId, e.Value.RequestHash));

    /// A window rebuilt from a snapshot's keys (older first); <paramref name="forgot"/> when the snapshotted window had let keys go.
    public static IdempotencyWindow Restore(IEnumerable<(string Key, string ResultId, string RequestHash)> entries, bool forgot)
    {
        var window = entries.Aggregate(Empty, (w, e) => w.Add(e.Key, e.ResultId, e.RequestHash));
        return forgot ? window with { Forgot = true } : window;
    }
}
