using System.Globalization;
using Microsoft.Extensions.Options;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Trading.Contracts.Quotes;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Quotes;
using Platform.Trading.Persistence;

namespace Platform.Trading.Application.Quotes;

/// The dealer quote board: checks a quote against the bond (read through the module's own reference data facade) and
/// <see cref="QuoteRules"/>, stores it, and reads the board with each quote's age and staleness as of the clock.
internal sealed class QuoteBoard(QuoteStore store, IReferenceData referenceData, IClock clock, IOptions<TradingOptions> options) : IQuoteBoard
{
    private TimeSpan StaleAfter => options.Value.QuoteStaleAfter;

    public async Task<QuoteView> PostAsync(QuoteEntry entry, string trader, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trader);
        var bondId = entry.BondId?.Trim() ?? "";
        var bond = bondId.Length == 0 ? null : await referenceData.FindBondAsync(bondId, ct);
        var clean = entry with { BondId = bondId, Remarks = string.IsNullOrWhiteSpace(entry.Remarks) ? null : entry.Remarks.Trim() };
        var now = Now();
        var problems = QuoteRules.Check(clean, bond, MarketDate(now));
        if (problems.Any) throw new ValidationFailedException(problems.ToDictionary());

        await store.UpsertAsync(clean with { BondId = bond!.BondId }, trader, now.ToUnixTimeMilliseconds(), ct);
        var row = await store.FindAsync(bond.BondId, trader, Iso(MarketDate(now)), ct)
            ?? throw new InvalidOperationException($"the quote of {trader} on {bond.BondId} was stored but cannot be read back");
        return ToView(row, now);
    }

    public async Task WithdrawAsync(string bondId, string trader, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trader);
        var id = bondId.Trim();
        if (await store.DeleteAsync(id, trader, ct)) return;
        // Nothing of the caller's to take off: say whether the bond has quotes at all, since only their traders withdraw them.
        if (await store.CountOnBondAsync(id, ct) > 0)
            throw new ForbiddenException(new LocalizedText($"您在债券 {id} 上没有报价；报价只能由报价的交易员本人撤销",
                $"you have no quote on bond {id}; a quote is withdrawn only by the trader who posted it").Current);
        throw new NotFoundException(new LocalizedText($"债券 {id} 上没有您的报价", $"you have no quote on bond {id}").Current);
    }

    public async Task<PagedResult<QuoteView>> ListAsync(QuoteBoardQuery query, PageRequest page, CancellationToken ct)
    {
        if (query.BondType is { } type && !BondTypes.All.Contains(type))
            throw new ValidationFailedException("bondType", new LocalizedText($"未知债券类型 '{type}'", $"unknown bondType '{type}'; use one of {string.Join(", ", BondTypes.All)}").Current);
        if (query.Search is { Length: > 100 })
            throw new ValidationFailedException("search", new LocalizedText("搜索条件最多 100 个字符", "search must be at most 100 characters").Current);
        var now = Now();
        long? freshSince = query.IncludeStale ? null : (now - StaleAfter).ToUnixTimeMilliseconds();
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var (rows, total) = await store.ListAsync(query with { Search = search }, freshSince, Iso(MarketDate(now)), page, ct);
        return new PagedResult<QuoteView>(rows.Select(r => ToView(r, now)).ToList(), total, page.Page, page.PageSize);
    }

    private QuoteView ToView(QuoteRow r, DateTimeOffset now)
    {
        var postedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.PostedAtMs);
        var age = QuoteFigures.Age(postedAt, now);
        return new QuoteView(r.BondId, r.ShortName, r.BondType, r.Trader, r.BidYieldPct, r.BidFaceWan, r.AskYieldPct, r.AskFaceWan, r.Remarks,
            r.ValuationYieldPct, r.ValuationDate is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            QuoteFigures.MidSpreadBp(r.BidYieldPct, r.AskYieldPct, r.ValuationYieldPct), postedAt, QuoteFigures.IsStale(age, StaleAfter), age);
    }

    /// The clock to the millisecond, as quotes are stamped: an age is then whole milliseconds, and the board's filter
    /// and each quote's stale flag agree.
    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeMilliseconds(clock.UtcNow.ToUnixTimeMilliseconds());

    /// Today in Beijing, the market's date: bonds mature and valuations are dated by it.
    private static DateOnly MarketDate(DateTimeOffset now) => ChinaTime.DateOf(now);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
