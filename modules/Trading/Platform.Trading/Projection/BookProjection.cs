using Platform.Trading.Domain.Books;

namespace Platform.Trading.Projection;

/// What one book's entity hands the projector after journaling: its events with their journal sequence numbers, and
/// the held and promised face of every bond those events touched, as the entity has them now.
public sealed record BookProjection(string BookId, IReadOnlyList<(long Seq, BookEvent Event)> Events, IReadOnlyList<PositionFigure> Positions, long JournalSeq);
