using System.Collections.Immutable;

namespace Platform.Trading.Domain.Books;

/// The idempotency keys a book has accepted lately, with what each produced and the hash of its request. It keeps the
/// last <see cref="Capacity"/> keys; an older retry is recognised from the read model, where every ticket and trade
/// keeps its key.
public sealed record IdempotencyWindow(ImmutableDictionary<string, (string ResultId, string RequestHash)> Keys, ImmutableQueue<string> Order, int Count)
{
    public const int Capacity = 10_000;

    public static IdempotencyWindow Empty { get; } = new(ImmutableDictionary.Create<string, (string, string)>(StringComparer.Ordinal), [], 0);

    /// The window is full, so it may have let keys go (a window restored from a snapshot does not know whether it did):
    /// a key it does not hold must then be looked up in the read model before it is taken as new.
    public bool MayHaveForgotten => Count >= Capacity;

    public bool TryGet(string key, out (string ResultId, string RequestHash) seen) => Keys.TryGetValue(key, out seen);

    public IdempotencyWindow Add(string key, string resultId, string requestHash)
    {
        if (Keys.ContainsKey(key)) return this;
        var keys = Keys.Add(key, (resultId, requestHash));
        var order = Order.Enqueue(key);
        var count = Count + 1;
        while (count > Capacity)
        {
            order = order.Dequeue(out var oldest);
            keys = keys.Remove(oldest);
            count--;
        }
        return new IdempotencyWindow(keys, order, count);
    }
}
