using System.Globalization;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Books;
using Platform.Trading.Domain.Positions;
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
            row.WorkflowInstanceId, row.TradeId, row.Reason, DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs), DateTimeOffset.FromUnixTimeMilliseconds(row.UpdatedAtMs),
            doc.Revision);
    }

    public static TradeView ToView(TradeRow r) => new(r.TradeId, r.BookId, r.Sequence, r.TicketId, r.Trader, r.BondId, r.Direction, r.FaceWan, r.CleanPrice,
        r.FullPrice, r.Yield, r.SettlementAmount, DateOnly.Parse(r.TradeDate, System.Globalization.CultureInfo.InvariantCulture),
        DateOnly.Parse(r.SettlementDate, System.Globalization.CultureInfo.InvariantCulture), r.CounterpartyId, r.CfetsDealNumber,
        DateTimeOffset.FromUnixTimeMilliseconds(r.BookedAtMs));

    /// A trade as the read model will show it, built from what was booked (the order path answers without reading it back).
    public static TradeView ToView(string tradeId, string bookId, long sequence, TradeDocument trade, DateTimeOffset bookedAt)
    {
        var (r, e) = (trade.Request, trade.Economics);
        return new TradeView(tradeId, bookId, sequence, trade.TicketId, trade.Trader, r.BondId, r.Direction, r.FaceWan, e.CleanPrice, e.FullPrice,
            e.YieldToMaturity, e.SettlementAmount, e.TradeDate, e.SettlementDate, r.CounterpartyId, trade.CfetsDealNumber, bookedAt);
    }

    /// An order's answer again (a retry), built from the booked document like the first answer was, so the two match
    /// word for word whatever the database does to the row's number columns.
    public async Task<OrderResult> OrderResultAsync(string tradeId, CancellationToken ct)
    {
        var row = await reads.TradeAsync(tradeId, ct) ?? throw new InvalidOperationException($"trade {tradeId} was answered but is not in the read model");
        var document = await reads.TradeDocumentAsync(tradeId, ct) ?? throw new InvalidOperationException($"trade {tradeId} has no document");
        var trade = TradingDesk.Parse<TradeDocument>(document);
        return new OrderResult(ToView(tradeId, row.BookId, row.Sequence, trade, DateTimeOffset.FromUnixTimeMilliseconds(row.BookedAtMs)), trade.Checks);
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
        var accountingClass = data.Books[bookId].AccountingClass ?? AccountingClasses.Fvtpl;
        var today = clock.Today();
        var rows = await reads.PositionsAsync(bookId, ct);
        var trades = (await reads.BookTradesAsync(bookId, ct)).ToLookup(t => t.BondId, StringComparer.Ordinal);
        var result = new List<PositionView>(rows.Count);
        foreach (var p in rows)
        {
            var bond = data.Bonds.TryGetValue(p.BondId, out var b) ? b.Bond : null;
            var v = await valuations.LatestBeforeAsync(p.BondId, today.AddDays(1), ct);
            var valued = bond is null || v is null ? null : Value(bookId, accountingClass, bond, trades[p.BondId], v, today);
            result.Add(new PositionView(bookId, p.BondId, bond?.ShortName ?? p.BondId, bond?.BondType ?? "", p.FaceWan, p.ReservedWan, v?.Date,
                valued?.CleanPrice ?? v?.CleanPrice, v?.Yield, Fen(valued?.CleanMarketValueYuan), Fen(valued?.DirtyMarketValueYuan), Fen(valued?.AccruedInterestYuan),
                valued is { } x ? Math.Round((decimal)x.Dv01Yuan, 2) : null, DateTimeOffset.FromUnixTimeMilliseconds(p.UpdatedAtMs), accountingClass,
                valued?.AverageCleanCost, Fen(valued?.CostYuan), Fen(valued?.AmortisedCostYuan), Fen(valued?.RealisedPnlYuan), Fen(valued?.UnrealisedPnlYuan),
                valued is { } y && accountingClass == AccountingClasses.Fvoci ? Fen(y.OciYuan) : null,
                valued is { } z && accountingClass != AccountingClasses.Fvtpl ? Fen(z.AmortisationYuan) : null, Fen(valued?.CarryYuan)));
        }
        return result;
    }

    /// Money as shown: to the fen (the P&L domain keeps it unrounded).
    private static decimal? Fen(decimal? yuan) => yuan is { } y ? Math.Round(y, 2, MidpointRounding.AwayFromZero) : null;

    /// The position's ledger replayed from its trades (in settlement order) and valued today; none when its trades do not
    /// fold (a bond past maturity).
    private static PositionValuation? Value(string bookId, string accountingClass, BondView bond, IEnumerable<TradeRow> trades, ValuationView valuation, DateOnly today)
    {
        try
        {
            var ledger = PositionLedger.Replay(bookId, accountingClass, PositionBond.Of(bond), trades.Select(t => PositionTrade.Of(t.TradeId, t.BondId,
                t.Direction == TradeDirections.Sell ? TradeSide.Sell : TradeSide.Buy, t.FaceWan, t.CleanPrice, Math.Max(0, t.FullPrice - t.CleanPrice), t.FullPrice,
                DateOnly.Parse(t.TradeDate, CultureInfo.InvariantCulture), DateOnly.Parse(t.SettlementDate, CultureInfo.InvariantCulture))));
            return PositionValuation.Of(ledger, valuation, today);
        }
        catch (DomainException)
        {
            return null;
        }
    }

    private async Task<ReferenceCache.Snapshot> KnownBookAsync(string? bookId, CancellationToken ct)
    {
        var data = await references.GetAsync(ct);
        if (string.IsNullOrWhiteSpace(bookId) || !data.Books.TryGetValue(bookId, out var book) || book.Level != Contracts.ReferenceData.BookLevels.Book)
            throw new ValidationFailedException("book", new LocalizedText($"账簿 '{bookId}' 不存在", $"book '{bookId}' does not exist").Current);
        return data;
    }
}
