using Platform.BuildingBlocks.Paging;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Platform.Trading.Contracts.Derivatives;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Domain.Books;
using Platform.Trading.Domain.Checks;
using Platform.Trading.Domain.Derivatives;
using Platform.Trading.Persistence;

namespace Platform.Trading.Application.Desk;

/// Captures swaps and standard bond forwards: a request is validated (400 by field) and resolved by Analytics, checked
/// (<see cref="DerivativeChecks"/>, 422 listing each), and booked by the book's entity, which numbers it and remembers
/// its key; the projection writes it and its <c>DerivativeBookedEvent</c> in one transaction. As for orders, a retry is
/// answered from the book before anything is validated, so it gets its first answer even when it would now be refused.
internal sealed class DerivativesDesk(BookGateway books, ReferenceCache references, DerivativeReadStore reads, IClock clock) : IDerivativesDesk
{
    public async Task<DerivativePreview> PreviewSwapAsync(SwapRequest request, string trader, CancellationToken ct)
    {
        var resolved = SwapValidator.Validate(request, await references.GetAsync(ct), clock.Today());
        var checks = DerivativeChecks.Run(resolved.Counterparty, resolved.Book, trader, request.NotionalWan);
        return new DerivativePreview(DerivativeKinds.Swap, resolved.Terms, null, checks, Passes(checks));
    }

    public async Task<DerivativeView> BookSwapAsync(SwapRequest request, string trader, string idempotencyKey, CancellationToken ct) =>
        await BookAsync(request, request.BookId, trader, idempotencyKey, async () =>
        {
            var resolved = SwapValidator.Validate(request, await references.GetAsync(ct), clock.Today());
            var checks = DerivativeChecks.Run(resolved.Counterparty, resolved.Book, trader, request.NotionalWan);
            return (resolved.Book.NodeId, new DerivativeDocument(DerivativeKinds.Swap, trader, resolved.Counterparty.CounterpartyId, Trim(request.CfetsDealNumber),
                Trim(request.Remarks), resolved.Terms, null, checks));
        }, ct);

    public async Task<DerivativePreview> PreviewForwardAsync(BondForwardRequest request, string trader, CancellationToken ct)
    {
        var resolved = ForwardValidator.Validate(request, await references.GetAsync(ct), clock.Today());
        var checks = DerivativeChecks.Run(resolved.Counterparty, resolved.Book, trader, request.FaceWan);
        return new DerivativePreview(DerivativeKinds.BondForward, null, resolved.Terms, checks, Passes(checks));
    }

    public async Task<DerivativeView> BookForwardAsync(BondForwardRequest request, string trader, string idempotencyKey, CancellationToken ct) =>
        await BookAsync(request, request.BookId, trader, idempotencyKey, async () =>
        {
            var resolved = ForwardValidator.Validate(request, await references.GetAsync(ct), clock.Today());
            var checks = DerivativeChecks.Run(resolved.Counterparty, resolved.Book, trader, request.FaceWan);
            return (resolved.Book.NodeId, new DerivativeDocument(DerivativeKinds.BondForward, trader, resolved.Counterparty.CounterpartyId,
                Trim(request.CfetsDealNumber), Trim(request.Remarks), null, resolved.Terms, checks));
        }, ct);

    public Task<IReadOnlyList<ForwardContractView>> ForwardContractsAsync(DateOnly? day, CancellationToken ct) =>
        Task.FromResult(StandardForwardListing.OpenOn(day ?? clock.Today(), MarketCalendars.CnInterbankProjected));

    public async Task<DerivativeView?> FindAsync(string tradeId, CancellationToken ct) =>
        await reads.DerivativeAsync(tradeId, ct) is { } row ? ToView(row) : null;

    public async Task<PagedResult<DerivativeView>> ListAsync(DerivativeQuery query, PageRequest page, CancellationToken ct)
    {
        var (items, total) = await reads.DerivativesAsync(query, page, ct);
        return new PagedResult<DerivativeView>(items.Select(ToView).ToList(), total, page.Page, page.PageSize);
    }

    private async Task<DerivativeView> BookAsync<TRequest>(TRequest request, string? bookId, string trader, string idempotencyKey,
        Func<Task<(string BookId, DerivativeDocument Document)>> prepare, CancellationToken ct)
    {
        DeskGuards.CheckKey(idempotencyKey);
        var key = $"{trader}:{idempotencyKey}";
        var data = await references.GetAsync(ct);
        // only a book that exists is asked: an unknown id must not start an entity
        if (bookId is not null && data.Books.TryGetValue(bookId, out var node) && node.Level == BookLevels.Book)
        {
            var figures = await books.FiguresAsync(bookId, "", key, ct);
            if (figures.Earlier is { } seen) return await ExistingAsync(DeskGuards.Same(seen.ResultId, seen.RequestHash, request), ct);
            if (figures.KeysForgotten && await reads.DerivativeOfKeyAsync(bookId, key, ct) is { } earlier)
                return await ExistingAsync(DeskGuards.Same(earlier.ResultId, earlier.RequestHash, request), ct);
        }
        var (book, document) = await prepare();
        if (!Passes(document.Checks)) throw DeskGuards.Failed(document.Checks);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(clock.UtcNow.ToUnixTimeMilliseconds());   // as the read model keeps it
        var accepted = await books.AskAsync(book, new BookDerivative(document, key, RequestHash.Of(request), at), ct);
        return accepted is { Duplicate: false, Sequence: { } sequence }
            ? ToView(accepted.ResultId, book, sequence, document, at)
            : await ExistingAsync(accepted.ResultId, ct);
    }

    private async Task<DerivativeView> ExistingAsync(string tradeId, CancellationToken ct) =>
        await FindAsync(tradeId, ct) ?? throw new InvalidOperationException($"derivative {tradeId} was answered but is not in the read model");

    private static DerivativeView ToView(DerivativeRow row) =>
        ToView(row.TradeId, row.BookId, row.Sequence, TradingDesk.Parse<DerivativeDocument>(row.Document), DateTimeOffset.FromUnixTimeMilliseconds(row.BookedAtMs));

    private static DerivativeView ToView(string tradeId, string bookId, long sequence, DerivativeDocument d, DateTimeOffset at)
    {
        var c = Projection.DerivativeColumns.Of(d);
        return new DerivativeView(tradeId, bookId, sequence, d.Kind, c.Instrument, c.Direction, c.NotionalWan, c.RateOrPrice, c.TradeDate, c.MaturityDate,
            d.Trader, d.CounterpartyId, d.CfetsDealNumber, d.Remarks, at, d.Swap, d.Forward);
    }

    private static bool Passes(IReadOnlyList<CheckResult> checks) => checks.All(c => c.Outcome != CheckOutcomes.Fail);

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
