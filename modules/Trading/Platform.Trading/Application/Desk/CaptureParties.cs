using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.ReferenceData;

namespace Platform.Trading.Application.Desk;

/// The fields every derivative capture shares: the counterparty and the book must exist (a book, not a desk), the CFETS
/// deal number and the remarks have their lengths. Problems go into the caller's list, so all are reported at once.
internal static class CaptureParties
{
    public static (CounterpartyView? Counterparty, BookNodeView? Book) Check(FieldProblems problems, ReferenceCache.Snapshot data,
        string? counterpartyId, string? bookId, string? cfetsDealNumber, string? remarks)
    {
        if (!data.Counterparties.TryGetValue(counterpartyId ?? "", out var counterparty))
            problems.Add("counterpartyId", new($"交易对手 '{counterpartyId}' 不存在", $"counterparty '{counterpartyId}' does not exist"));
        if (!data.Books.TryGetValue(bookId ?? "", out var book) || book.Level != BookLevels.Book)
        {
            problems.Add("bookId", new($"账簿 '{bookId}' 不存在", $"book '{bookId}' does not exist"));
            book = null;
        }
        if (cfetsDealNumber is { Length: > 40 }) problems.Add("cfetsDealNumber", new("CFETS 成交编号最多 40 个字符", "cfetsDealNumber must be at most 40 characters"));
        if (remarks is { Length: > 1000 }) problems.Add("remarks", new("备注最多 1000 个字符", "remarks must be at most 1000 characters"));
        return (counterparty, book);
    }
}
