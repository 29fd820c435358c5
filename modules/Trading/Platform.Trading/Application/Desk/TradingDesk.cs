using System.Text.Json;
using Akka.Actor;
using Akka.Hosting;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Serialization;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Trading.Actors;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Domain.Books;
using Platform.Trading.Domain.Tickets;
using Platform.Trading.Persistence;

namespace Platform.Trading.Application.Desk;

/// The front office's desk: a request is validated (400 by field), priced, checked by every registered
/// <see cref="IPreTradeCheck"/> (422 listing each), and sent to its book's entity, which decides it on the book's state
/// and answers once the result is journaled and projected. Tickets then start their approval process.
internal sealed class TradingDesk(
    BookGateway books,
    ReferenceCache references,
    ValuationCache valuations,
    ExposureCache exposures,
    BookReadStore reads,
    IEnumerable<IPreTradeCheck> checks,
    TicketApprovals approvals,
    TradingViews views,
    IClock clock) : ITradingDesk
{
    private readonly IReadOnlyList<IPreTradeCheck> _checks = checks.OrderBy(c => c.Order).ToList();

    public async Task<TicketPreview> PreviewAsync(TicketRequest request, string trader, CancellationToken ct)
    {
        var (_, preview) = await PrepareAsync(request, trader, directOrder: false, ct);
        return preview;
    }

    public async Task<TicketView> SubmitTicketAsync(TicketRequest request, string trader, string idempotencyKey, CancellationToken ct)
    {
        DeskGuards.CheckKey(idempotencyKey);
        var key = $"{trader}:{idempotencyKey}";
        if (request.BookId is { } bookId && await reads.TicketOfKeyAsync(bookId, key, ct) is { } earlier)
            return await approvals.EnsureStartedAsync(DeskGuards.Same(earlier.ResultId, earlier.RequestHash, request), ct);
        var (resolved, preview) = await PrepareAsync(request, trader, directOrder: false, ct);
        if (!preview.Passes) throw DeskGuards.Failed(preview.Checks);
        var ticket = new TicketDocument(NewTicketId(), trader, request with { BondId = resolved.Bond.BondId, TradeDate = resolved.TradeDate, SettlementDate = resolved.SettlementDate },
            preview.Economics, preview.Checks, preview.NeedsRiskApproval, preview.RelatedParty);
        var accepted = await books.AskAsync(resolved.Book.NodeId, new SubmitTicket(ticket, resolved.Book.AllowShort, key, RequestHash.Of(request), clock.UtcNow), ct);
        return await approvals.EnsureStartedAsync(accepted.ResultId, ct);
    }

    public async Task<TicketView> ReviseTicketAsync(string ticketId, TicketRequest request, string trader, string idempotencyKey, CancellationToken ct)
    {
        DeskGuards.CheckKey(idempotencyKey);
        var key = $"{trader}:{idempotencyKey}";
        var row = await reads.TicketAsync(ticketId, ct) ?? throw new NotFoundException(new LocalizedText($"审批单 {ticketId} 不存在", $"ticket {ticketId} does not exist").Current);
        var ticket = TradingViews.ToView(row);
        if (!string.Equals(ticket.Trader, trader, StringComparison.OrdinalIgnoreCase))
            throw new ForbiddenException(new LocalizedText("只有提交审批单的交易员可以修改", "only the trader who submitted the ticket may revise it").Current);
        // a retry: the book remembers the key; finish what the first call may not have (the resubmission)
        if ((await books.FiguresAsync(ticket.BookId, ticket.Request.BondId, key, ct)).Earlier is { } seen)
            return await approvals.ResubmitAsync(DeskGuards.Same(seen.ResultId, seen.RequestHash, request), ct);
        if (!string.Equals(request.BookId, ticket.BookId, StringComparison.Ordinal))
            throw new ValidationFailedException("bookId", new LocalizedText($"修改不能更换账簿：审批单属于 {ticket.BookId}", $"a revision stays in the ticket's book {ticket.BookId}").Current);
        if (ticket.Status != TicketStatuses.PendingApproval || !await approvals.IsSentBackAsync(ticket, ct))
            throw new ConflictException(new LocalizedText($"审批单 {ticketId} 未被退回，不能修改", $"ticket {ticketId} has not been sent back to its trader: it cannot be revised now").Current);
        var (priced, preview) = await CheckRevisionAsync(ticket, request, trader, ct);
        if (!preview.Passes) throw DeskGuards.Failed(preview.Checks);
        var revised = new TicketDocument(ticketId, trader, request with { BondId = priced.Resolved.Bond.BondId, TradeDate = priced.Resolved.TradeDate, SettlementDate = priced.Resolved.SettlementDate },
            preview.Economics, preview.Checks, preview.NeedsRiskApproval, preview.RelatedParty, ticket.Revision + 1);
        await books.AskAsync(ticket.BookId, new ReviseTicket(revised, priced.Resolved.Book.AllowShort, key, RequestHash.Of(request), clock.UtcNow), ct);
        return await approvals.ResubmitAsync(ticketId, ct);
    }

    public async Task<TicketPreview> PreviewRevisionAsync(string ticketId, TicketRequest request, string trader, CancellationToken ct)
    {
        var row = await reads.TicketAsync(ticketId, ct) ?? throw new NotFoundException(new LocalizedText($"审批单 {ticketId} 不存在", $"ticket {ticketId} does not exist").Current);
        return (await CheckRevisionAsync(TradingViews.ToView(row), request, trader, ct)).Preview;
    }

    /// A revision priced and checked: the ticket's own sale reservation and its share of the counterparty's exposure go
    /// with it, so they count as released.
    private async Task<(Priced Priced, TicketPreview Preview)> CheckRevisionAsync(TicketView ticket, TicketRequest request, string trader, CancellationToken ct)
    {
        var priced = await PriceAsync(request, ct);
        var figures = await books.FiguresAsync(ticket.BookId, priced.Resolved.Bond.BondId, null, ct);
        var ownReservation = ticket.Request.Direction == TradeDirections.Sell && ticket.Request.BondId == priced.Resolved.Bond.BondId ? ticket.Request.FaceWan : 0m;
        var ownExposure = ticket.Request.CounterpartyId == priced.Resolved.Counterparty.CounterpartyId ? ticket.Request.FaceWan : 0m;
        return (priced, await CheckAsync(priced, request, trader, figures with { ReservedWan = figures.ReservedWan - ownReservation }, directOrder: false, ct, ownExposure));
    }

    public async Task<TicketView?> FindTicketAsync(string ticketId, CancellationToken ct) =>
        await reads.TicketAsync(ticketId, ct) is { } row ? TradingViews.ToView(row) : null;

    public async Task<PagedResult<TicketView>> ListTicketsAsync(TicketQuery query, PageRequest page, CancellationToken ct)
    {
        var (items, total) = await reads.TicketsAsync(query, page, ct);
        return new PagedResult<TicketView>(items.Select(TradingViews.ToView).ToList(), total, page.Page, page.PageSize);
    }

    public async Task<TicketView> RecordExecutionAsync(string ticketId, ExecutionRequest request, string trader, string idempotencyKey, CancellationToken ct)
    {
        DeskGuards.CheckKey(idempotencyKey);
        var row = await reads.TicketAsync(ticketId, ct) ?? throw new NotFoundException(new LocalizedText($"审批单 {ticketId} 不存在", $"ticket {ticketId} does not exist").Current);
        var ticket = TradingViews.ToView(row);
        if (!string.Equals(ticket.Trader, trader, StringComparison.OrdinalIgnoreCase))
            throw new ForbiddenException(new LocalizedText("只有提交审批单的交易员可以录入成交", "only the trader who submitted the ticket may record its execution").Current);
        if (string.IsNullOrWhiteSpace(request.CfetsDealNumber) || request.CfetsDealNumber.Length > 40)
            throw new ValidationFailedException("cfetsDealNumber", new LocalizedText("须填写 CFETS 成交编号（最多 40 个字符）", "cfetsDealNumber is required, at most 40 characters").Current);
        var executed = ticket.Request with { Price = request.ExecutedPrice };
        var (resolved, preview) = await PrepareAsync(executed, trader, directOrder: true, ct, skipChecks: true);
        var trade = new TradeDocument(trader, executed with { TradeDate = resolved.TradeDate, SettlementDate = resolved.SettlementDate }, preview.Economics,
            request.CfetsDealNumber.Trim(), ticketId, ticket.Checks);
        await books.AskAsync(ticket.BookId, new RecordExecution(ticketId, trade, resolved.Book.AllowShort, $"{trader}:{idempotencyKey}", RequestHash.Of(request), clock.UtcNow), ct);
        await approvals.CompleteExecutionTaskAsync(ticketId, trader, ct);
        return TradingViews.ToView((await reads.TicketAsync(ticketId, ct))!);
    }

    public async Task<OrderResult> PlaceOrderAsync(OrderRequest request, string trader, string idempotencyKey, CancellationToken ct)
    {
        DeskGuards.CheckKey(idempotencyKey);
        var key = $"{trader}:{idempotencyKey}";
        // a retry gets its first answer even when the request would not pass now (a trade date out of the back-dating
        // window, changed reference data): the book is asked for the key before anything is validated. The book
        // remembers its recent keys; an older one is looked up in the read model only once the book has let keys go.
        // Only a book that exists is asked: an unknown id must not start an entity.
        var data = await references.GetAsync(ct);
        BookFigures? early = null;
        if (request.BookId is { } named && data.Books.TryGetValue(named, out var node) && node.Level == BookLevels.Book)
        {
            early = await books.FiguresAsync(named, request.BondId ?? "", key, ct);
            if (early.Earlier is { } seen) return await views.OrderResultAsync(DeskGuards.Same(seen.ResultId, seen.RequestHash, request), ct);
            if (early.KeysForgotten && await reads.TradeOfKeyAsync(named, key, ct) is { } earlier)
                return await views.OrderResultAsync(DeskGuards.Same(earlier.ResultId, earlier.RequestHash, request), ct);
        }
        if (request.CfetsDealNumber is { Length: > 40 })
            throw new ValidationFailedException("cfetsDealNumber", new LocalizedText("CFETS 成交编号最多 40 个字符", "cfetsDealNumber must be at most 40 characters").Current);
        var terms = new TicketRequest(request.BondId ?? "", request.Direction, request.TradingMethod, request.PriceKind, request.Price, request.FaceWan,
            request.SettlementSpeed, request.SettlementMethod, request.CounterpartyId, request.BookId, request.TradeDate, request.SettlementDate,
            request.CounterpartyTrader, null, request.Remarks);
        var priced = await PriceAsync(terms, ct);
        var bookId = priced.Resolved.Book.NodeId;
        // the figures asked with the key serve the checks, unless the bond was named by one of its codes
        var figures = early is not null && priced.Resolved.Bond.BondId == request.BondId ? early
            : await books.FiguresAsync(bookId, priced.Resolved.Bond.BondId, null, ct);
        var preview = await CheckAsync(priced, terms, trader, figures, directOrder: true, ct);
        if (!preview.Passes) throw DeskGuards.Failed(preview.Checks);
        var trade = new TradeDocument(trader, terms with { BondId = priced.Resolved.Bond.BondId, TradeDate = priced.Resolved.TradeDate, SettlementDate = priced.Resolved.SettlementDate },
            preview.Economics, request.CfetsDealNumber, null, preview.Checks);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(clock.UtcNow.ToUnixTimeMilliseconds());   // as the read model keeps it
        var accepted = await books.AskAsync(bookId, new PlaceOrder(trade, priced.Resolved.Book.AllowShort, key, RequestHash.Of(request), at), ct);
        // a new trade is answered from what was booked; a duplicate (a retry racing its first request) from the read model
        return accepted is { Duplicate: false, Sequence: { } sequence }
            ? new OrderResult(TradingViews.ToView(accepted.ResultId, bookId, sequence, trade, at), trade.Checks)
            : await views.OrderResultAsync(accepted.ResultId, ct);
    }

    public Task<PagedResult<TradeView>> ListTradesAsync(TradeQuery query, PageRequest page, CancellationToken ct) => views.TradesAsync(query, page, ct);

    public Task<IReadOnlyList<PositionView>> PositionsAsync(string bookId, CancellationToken ct) => views.PositionsAsync(bookId, ct);

    /// Validates, prices and checks a request against reference data and the book's figures now.
    private async Task<(TicketValidator.Resolved Resolved, TicketPreview Preview)> PrepareAsync(
        TicketRequest request, string trader, bool directOrder, CancellationToken ct, bool skipChecks = false)
    {
        var priced = await PriceAsync(request, ct);
        if (skipChecks) return (priced.Resolved, new TicketPreview(priced.Economics, [], false, priced.Resolved.Counterparty.RelatedParty));
        var figures = await books.FiguresAsync(priced.Resolved.Book.NodeId, priced.Resolved.Bond.BondId, null, ct);
        return (priced.Resolved, await CheckAsync(priced, request, trader, figures, directOrder, ct));
    }

    /// Validates a request against reference data (400 by field) and prices it on the day's valuation.
    private async Task<Priced> PriceAsync(TicketRequest request, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var today = ChinaTime.DateOf(now);
        var data = await references.GetAsync(ct);
        var resolved = TicketValidator.Validate(request, data, today);
        var valuation = await valuations.LatestBeforeAsync(resolved.Bond.BondId, resolved.TradeDate, ct);
        try
        {
            return new Priced(resolved, TicketEconomicsCalculator.Compute(resolved.Bond, resolved.Priced, request.Direction, request.PriceKind, request.Price,
                request.FaceWan, resolved.TradeDate, resolved.SettlementDate, valuation), today, now);
        }
        catch (DomainException ex)
        {
            var off = valuation is null || request.PriceKind is not (PriceKinds.CleanPrice or PriceKinds.FullPrice) ? ""
                : $" ({(double)request.Price / valuation.CleanPrice - 1:+0.0%;-0.0%} vs {valuation.Date:yyyy-MM-dd} valuation {valuation.CleanPrice:0.0000})";
            throw new ValidationFailedException("price", new LocalizedText($"价格无法换算：{ex.Message}{off}", $"the price cannot be converted: {ex.Message}{off}").Current);
        }
    }

    /// Runs every registered check on a priced request and the book's figures.
    private async Task<TicketPreview> CheckAsync(Priced priced, TicketRequest request, string trader, BookFigures figures, bool directOrder, CancellationToken ct,
        decimal releasedExposureWan = 0m)
    {
        var resolved = priced.Resolved;
        var exposure = await exposures.ExposureAsync(resolved.Counterparty.CounterpartyId, priced.Today, ct) - releasedExposureWan;
        var context = new PreTradeCheckContext(request, trader, resolved.Bond, resolved.Counterparty, resolved.Book, priced.Economics,
            figures.HeldWan, figures.ReservedWan, exposure, directOrder, priced.Now);
        var results = new List<CheckResult>(_checks.Count);
        foreach (var check in _checks) results.Add(await check.CheckAsync(context, ct));
        var needsRisk = results.Any(r => r.Outcome == CheckOutcomes.Warn && r.Check == Domain.Checks.CheckNames.PriceDeviation)
            || request.FaceWan >= approvals.RiskApprovalFaceWan;
        return new TicketPreview(priced.Economics, results, needsRisk, resolved.Counterparty.RelatedParty);
    }

    /// A request validated against reference data and priced, at the moment it was.
    private sealed record Priced(TicketValidator.Resolved Resolved, TicketEconomics Economics, DateOnly Today, DateTimeOffset Now);

    private string NewTicketId() => $"TK{ChinaTime.ToChinaTime(clock.UtcNow):yyyyMMdd}-{Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()}";

    internal static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json, PlatformJsonSerializer.JsonOptions)
        ?? throw new InvalidOperationException($"an empty {typeof(T).Name} document");
}
