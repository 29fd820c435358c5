using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Persistence;

namespace Platform.Trading.Application.ReferenceData;

/// Reading reference data for every signed-in user.
internal sealed class ReferenceDataQueries(ReferenceDataStore store) : IReferenceData
{
    public async Task<BondView?> FindBondAsync(string bondId, CancellationToken ct)
    {
        await using var conn = await store.OpenAsync(ct);
        return await store.FindBondAsync(conn, null, bondId, ct);
    }

    public async Task<BondView?> FindBondByCodeAsync(string? market, string code, CancellationToken ct)
    {
        if (market is null) return await FindBondAsync(code, ct);
        if (!Markets.All.Contains(market))
            throw new ValidationFailedException("market", new LocalizedText($"未知市场 '{market}'，可选 CFETS、SSE、SZSE", $"unknown market '{market}'; use CFETS, SSE or SZSE").Current);
        await using var conn = await store.OpenAsync(ct);
        var id = await store.BondIdOfCodeAsync(conn, market, code, ct);
        return id is null ? null : await store.FindBondAsync(conn, null, id, ct);
    }

    public async Task<PagedResult<BondView>> ListBondsAsync(BondQuery query, PageRequest page, CancellationToken ct)
    {
        if (query.BondType is { } type && !BondTypes.All.Contains(type))
            throw new ValidationFailedException("bondType", new LocalizedText($"未知债券类型 '{type}'", $"unknown bondType '{type}'; use one of {string.Join(", ", BondTypes.All)}").Current);
        CheckSearch(query.Search);
        var (items, total) = await store.ListBondsAsync(query with { Search = Blank(query.Search) }, page, ct);
        return new PagedResult<BondView>(items, total, page.Page, page.PageSize);
    }

    public async Task<PagedResult<IssuerView>> ListIssuersAsync(string? search, PageRequest page, CancellationToken ct)
    {
        CheckSearch(search);
        var (items, total) = await store.ListIssuersAsync(Blank(search), page, ct);
        return new PagedResult<IssuerView>(items, total, page.Page, page.PageSize);
    }

    public async Task<CounterpartyView?> FindCounterpartyAsync(string counterpartyId, CancellationToken ct)
    {
        await using var conn = await store.OpenAsync(ct);
        return await store.FindCounterpartyAsync(conn, null, counterpartyId, ct);
    }

    public async Task<PagedResult<CounterpartyView>> ListCounterpartiesAsync(string? search, PageRequest page, CancellationToken ct)
    {
        CheckSearch(search);
        var (items, total) = await store.ListCounterpartiesAsync(Blank(search), page, ct);
        return new PagedResult<CounterpartyView>(items, total, page.Page, page.PageSize);
    }

    public async Task<IReadOnlyList<BookNodeView>> BookTreeAsync(CancellationToken ct)
    {
        await using var conn = await store.OpenAsync(ct);
        return await store.BookTreeAsync(conn, null, ct);
    }

    public Task<ValuationView?> ValuationOnOrBeforeAsync(string bondId, DateOnly date, CancellationToken ct) => store.ValuationOnOrBeforeAsync(bondId, date, ct);

    public Task<IReadOnlyList<ValuationView>> ValuationHistoryAsync(string bondId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (to < from) throw new ValidationFailedException("to", new LocalizedText("结束日期早于开始日期", "to is before from").Current);
        if (to.DayNumber - from.DayNumber > 3660) throw new ValidationFailedException("to", new LocalizedText("区间最长 10 年", "the range may span at most 10 years").Current);
        return store.ValuationHistoryAsync(bondId, from, to, ct);
    }

    private static void CheckSearch(string? search)
    {
        if (search is { Length: > 100 }) throw new ValidationFailedException("search", new LocalizedText("搜索条件最多 100 个字符", "search must be at most 100 characters").Current);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
