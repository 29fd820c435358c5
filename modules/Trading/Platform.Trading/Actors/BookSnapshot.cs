using System.Collections.Immutable;
using Platform.BuildingBlocks.Serialization;
using Platform.Trading.Domain.Books;

namespace Platform.Trading.Actors;

/// A book's state in plain lists, for the snapshot store. Taken only after everything it covers is in the read model,
/// so a recovery from it never needs to project an event it no longer has.
[MessageManifest("trading.book-snapshot.v1")]
public sealed record BookSnapshot(
    string BookId,
    IReadOnlyList<PositionEntry> Held,
    IReadOnlyList<PositionEntry> Reserved,
    IReadOnlyList<OpenTicket> Tickets,
    IReadOnlyList<SeenKey> Seen,
    long TradeCount,
    long DerivativeCount = 0,
    bool? KeysForgotten = null) : IPersistedMessage
{
    public static BookSnapshot Of(BookState s) => new(s.BookId,
        s.Held.Select(p => new PositionEntry(p.Key, p.Value)).ToList(), s.Reserved.Select(p => new PositionEntry(p.Key, p.Value)).ToList(),
        s.Tickets.Values.ToList(), s.Seen.Entries().Select(e => new SeenKey(e.Key, e.ResultId, e.RequestHash)).ToList(), s.TradeCount,
        s.DerivativeCount, s.Seen.MayHaveForgotten);

    public BookState ToState()
    {
        // a snapshot from before the flag was kept forgot keys when it held its old window's full 10,000
        var seen = IdempotencyWindow.Restore(Seen.Select(k => (k.Key, k.ResultId, k.RequestHash)), KeysForgotten ?? Seen.Count >= 10_000);
        return new BookState(BookId,
            Held.ToImmutableDictionary(p => p.BondId, p => p.FaceWan, StringComparer.Ordinal),
            Reserved.ToImmutableDictionary(p => p.BondId, p => p.FaceWan, StringComparer.Ordinal),
            Tickets.ToImmutableDictionary(t => t.TicketId, StringComparer.Ordinal), seen, TradeCount, DerivativeCount);
    }
}

public sealed record PositionEntry(string BondId, decimal FaceWan);

public sealed record SeenKey(string Key, string ResultId, string RequestHash);
