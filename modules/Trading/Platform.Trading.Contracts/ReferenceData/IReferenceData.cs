using Platform.BuildingBlocks.Paging;

namespace Platform.Trading.Contracts.ReferenceData;

/// Reading reference data: bonds and their codes, issuers, counterparties, the book hierarchy and valuations.
public interface IReferenceData
{
    Task<BondView?> FindBondAsync(string bondId, CancellationToken ct);

    /// A bond by its code on a market, or by its id when <paramref name="market"/> is null.
    Task<BondView?> FindBondByCodeAsync(string? market, string code, CancellationToken ct);

    Task<PagedResult<BondView>> ListBondsAsync(BondQuery query, PageRequest page, CancellationToken ct);

    Task<PagedResult<IssuerView>> ListIssuersAsync(string? search, PageRequest page, CancellationToken ct);

    Task<CounterpartyView?> FindCounterpartyAsync(string counterpartyId, CancellationToken ct);

    Task<PagedResult<CounterpartyView>> ListCounterpartiesAsync(string? search, PageRequest page, CancellationToken ct);

    /// Every node of the book hierarchy, parents before children.
    Task<IReadOnlyList<BookNodeView>> BookTreeAsync(CancellationToken ct);

    /// The latest valuation on or before <paramref name="date"/>, or null when there is none.
    Task<ValuationView?> ValuationOnOrBeforeAsync(string bondId, DateOnly date, CancellationToken ct);

    /// A bond's valuations from <paramref name="from"/> to <paramref name="to"/>, oldest first.
    Task<IReadOnlyList<ValuationView>> ValuationHistoryAsync(string bondId, DateOnly from, DateOnly to, CancellationToken ct);
}
