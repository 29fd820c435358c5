using System.Collections.Immutable;

namespace Platform.Trading.Domain.Books;

/// One book as its entity holds it: the face held per bond (万元, negative when short), the face open sale tickets
/// have promised per bond, tickets not yet executed or rejected, the keys seen lately, and how many trades were booked
/// (the next trade's sequence) and how many derivatives. Immutable: <see cref="BookRules.Apply"/> returns a new state.
public sealed record BookState(
    string BookId,
    ImmutableDictionary<string, decimal> Held,
    ImmutableDictionary<string, decimal> Reserved,
    ImmutableDictionary<string, OpenTicket> Tickets,
    IdempotencyWindow Seen,
    long TradeCount,
    long DerivativeCount = 0)
{
    public static BookState Empty(string bookId) => new(bookId, ImmutableDictionary.Create<string, decimal>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, decimal>(StringComparer.Ordinal), ImmutableDictionary.Create<string, OpenTicket>(StringComparer.Ordinal),
        IdempotencyWindow.Empty, 0);

    public decimal HeldFace(string bondId) => Held.GetValueOrDefault(bondId);

    public decimal ReservedFace(string bondId) => Reserved.GetValueOrDefault(bondId);
}
