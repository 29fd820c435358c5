using Platform.BuildingBlocks.Actors;
using Platform.Trading.Domain.Books;

namespace Platform.Trading.Actors;

/// A command for one book, routed by Cluster Sharding on the book id; answered with <see cref="BookAccepted"/> (after
/// the events are journaled and projected) or <see cref="BookRefused"/>.
public sealed record BookEnvelope(string BookId, BookCommand Command) : IShardedMessage
{
    public string EntityId => BookId;
}

/// Recover the book if it is not running and write its recent events to the read model again (after a crash the
/// read model may lag the journal); answered with <see cref="BookFigures"/>.
public sealed record WakeBook(string BookId) : IShardedMessage
{
    public string EntityId => BookId;
}

/// Ask for the face a book holds in a bond and has promised to sell, and what the book remembers of an idempotency key;
/// answered with <see cref="BookFigures"/>.
public sealed record GetBookFigures(string BookId, string BondId, string? IdempotencyKey = null) : IShardedMessage
{
    public string EntityId => BookId;
}

/// A command's result: the ticket or trade it produced (for a booked trade, its sequence in the book too), or the
/// result an earlier command with the same key produced (<see cref="Duplicate"/>, no sequence).
public sealed record BookAccepted(string ResultId, bool Duplicate, long? Sequence = null);

public sealed record BookRefused(RefusalKind Kind, string Message, string? Field);

/// A book's figures for one bond. <see cref="Earlier"/>: what the asked idempotency key produced, when the book still
/// remembers it; <see cref="KeysForgotten"/>: the book has let older keys go, so a key it does not know may still be in
/// the read model.
public sealed record BookFigures(string BookId, decimal HeldWan, decimal ReservedWan, long TradeCount, SeenKey? Earlier = null, bool KeysForgotten = false);
