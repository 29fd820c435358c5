using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Persistence;

namespace Platform.Trading.Application.Desk;

/// End-of-day position snapshots (日终持仓快照): each book's positions valued as the blotter shows them, kept per day.
/// A snapshot is of today (China time): positions are valued now, so a past day cannot be taken again, only read.
internal sealed class PositionSnapshots(TradingViews views, ReferenceCache references, PositionSnapshotStore store, IClock clock)
{
    public DateOnly Today => clock.Today();

    /// Takes today's snapshot of one book, or of every book when none is named; a day taken again is replaced.
    public async Task<IReadOnlyList<PositionSnapshotSummary>> TakeAsync(string? bookId, string takenBy, CancellationToken ct)
    {
        var books = await BooksAsync(bookId, "bookId", ct);
        var today = Today;
        var result = new List<PositionSnapshotSummary>(books.Count);
        foreach (var book in books)
        {
            var positions = await views.PositionsAsync(book, ct);
            var summary = new PositionSnapshotSummary(today, book, positions.Count, positions.Sum(p => p.CleanMarketValue ?? 0m), positions.Sum(p => p.Dv01 ?? 0m),
                takenBy, DateTimeOffset.FromUnixTimeMilliseconds(clock.UtcNow.ToUnixTimeMilliseconds()));
            await store.ReplaceAsync(summary, positions, ct);
            result.Add(summary);
        }
        return result;
    }

    public async Task<(PositionSnapshotSummary Summary, IReadOnlyList<PositionView> Positions)> FindAsync(string? bookId, DateOnly date, CancellationToken ct)
    {
        var book = (await BooksAsync(bookId ?? "", "book", ct))[0];
        return await store.FindAsync(book, date, ct) ?? throw new NotFoundException(new LocalizedText(
            $"账簿 {book} 没有 {date:yyyy-MM-dd} 的日终持仓快照", $"book {book} has no end-of-day snapshot of {date:yyyy-MM-dd}").Current);
    }

    /// Whether every book has today's snapshot (the end-of-day job's question).
    public async Task<bool> TakenTodayAsync(CancellationToken ct) => await store.AllTakenAsync(await BooksAsync(null, "bookId", ct), Today, ct);

    private async Task<IReadOnlyList<string>> BooksAsync(string? bookId, string field, CancellationToken ct)
    {
        var data = await references.GetAsync(ct);
        if (bookId is null)
            return data.Books.Values.Where(b => b.Level == BookLevels.Book).Select(b => b.NodeId).Order(StringComparer.Ordinal).ToList();
        if (!data.Books.TryGetValue(bookId, out var book) || book.Level != BookLevels.Book)
            throw new ValidationFailedException(field, new LocalizedText($"账簿 '{bookId}' 不存在", $"book '{bookId}' does not exist").Current);
        return [book.NodeId];
    }
}
