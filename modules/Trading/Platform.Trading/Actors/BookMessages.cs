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

/// Ask for the face a book holds in a bond and has promised to sell; answered with <see cref="BookFigures"/>.
public sealed record GetBookFigures(string BookId, string BondId) : IShardedMessage
{
    public string EntityId => BookId;
}

public sealed record BookAccepted(string ResultId, bool Duplicate);

public sealed record BookRefused(RefusalKind Kind, string Message, string? Field);

public sealed record BookFigures(string BookId, decimal HeldWan, decimal ReservedWan, long TradeCount);
