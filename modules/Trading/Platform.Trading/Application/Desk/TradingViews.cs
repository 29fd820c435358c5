using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Domain.Books;
using Platform.Trading.Persistence;

namespace Platform.Trading.Application.Desk;

/// Turns projection rows into the views the API and the portal show: tickets, trades, and positions valued on the
/// latest valuation.
internal sealed class TradingViews(BookReadStore reads, ReferenceCache references, ValuationCache valuations, IClock clock)
{
    public static TicketView ToView(TicketRow row)
    {
        var doc = TradingDesk.Parse<TicketDocument>(row.Document);
        return new TicketView(row.TicketId, row.BookId, doc.Trader, row.Status, doc.Request, doc.Economics, doc.Checks, doc.NeedsRiskApproval, doc.RelatedParty,
            row.WorkflowInstanceId, row.TradeId, row.Reason, DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs), DateTimeOffset.FromUnixTimeMilliseconds(row.UpdatedAtMs));
    }

    public static TradeView ToView(TradeRow r) => new(r.TradeId, r.BookId, r.Sequence, r.TicketId, r.Trader, r.BondId, r.Direction, r.FaceWan, r.CleanPrice,
        r.FullPrice, r.Yield, r.SettlementAmount, DateOnly.Parse(r.TradeDate, System.Globalization.CultureInfo.InvariantCulture),
        DateOnly.Parse(r.SettlementDate, System.Globalization.CultureInfo.InvariantCulture), r.CounterpartyId, r.CfetsDealNumber,
        DateTimeOffset.FromUnixTimeMilliseconds(r.BookedAtMs));

    public async Task<OrderResult> OrderResultAsync(string tradeId, CancellationToken ct)
    {
        var row = await reads.TradeAsync(tradeId, ct) ?? throw new InvalidOperationException($"trade {tradeId} was answered but is not in the read model");
        var document = await reads.TradeDocumentAsync(tradeId, ct);
        return new OrderResult(ToView(row), document is null ? [] : TradingDesk.Parse<TradeDocument>(document).Checks);
    }

    public async Task<PagedResult<TradeView>> TradesAsync(TradeQuery query, PageRequest page, CancellationToken ct)
    {
        await KnownBookAsync(query.BookId, ct);
        if (query.From is { } from && query.To is { } to && to < from)
            throw new ValidationFailedException("to", new LocalizedText("结束日期早于开始日期", "to is before from").Current);
        var (items, total) = await reads.TradesAsync(query, page, ct);
        return new PagedResult<TradeView>(items.Select(ToView).ToList(), total, page.Page, page.PageSize);
    }

    public async Task<IReadOnlyList<PositionView>> PositionsAsync(string bookId, CancellationToken ct)
    {
        var data = await KnownBookAsync(bookId, ct);
        var today = DateOnly.FromDateTime(ChinaTime.ToChinaTime(clock.UtcNow).DateTime);
        var rows = await reads.PositionsAsync(bookId, ct);
        var result = new List<PositionView>(rows.Count);
        foreach (var p in rows)
        {
            var bond = data.Bonds.TryGetValue(p.BondId, out var b) ? b.Bond : null;
            var v = await valuations.LatestBeforeAsync(p.BondId, today.AddDays(1), ct);
            var faceYuan = p.FaceWan * 10_000m;
            decimal? Money(double? perHundred) => perHundred is { } x ? Math.Round((decimal)x * faceYuan / 100m, 2) : null;
            result.Add(new PositionView(bookId, p.BondId, bond?.ShortName ?? p.BondId, bond?.BondType ?? "", p.FaceWan, p.ReservedWan, v?.Date, v?.CleanPrice, v?.Yield,
                Money(v?.CleanPrice), Money(v?.DirtyPrice), Money(v?.AccruedInterest),
                v is null ? null : Math.Round((decimal)(v.ModifiedDuration * v.DirtyPrice / 100 * 0.0001) * faceYuan, 2),
                DateTimeOffset.FromUnixTimeMilliseconds(p.UpdatedAtMs)));
        }
        return result;
    }

    private async Task<ReferenceCache.Snapshot> KnownBookAsync(string? bookId, CancellationToken ct)
    {
        var data = await references.GetAsync(ct);
        if (string.IsNullOrWhiteSpace(bookId) || !data.Books.TryGetValue(bookId, out var book) || book.Level != Contracts.ReferenceData.BookLevels.Book)
            throw new ValidationFailedException("book", new LocalizedText($"账簿 '{bookId}' 不存在", $"book '{bookId}' does not exist").Current);
        return data;
    }
}
