using Platform.BuildingBlocks.Paging;

namespace Platform.Trading.Contracts.Quotes;

/// The dealer quote board (报价板): traders post bid and ask yields per bond, everyone reads the board. One quote per
/// bond and trader; posting again replaces it. Bad input is a ValidationFailedException naming the field. Roles are the
/// caller's to check (the API lets Trader and Admin post); the trader passed is the one the quote belongs to.
public interface IQuoteBoard
{
    Task<QuoteView> PostAsync(QuoteEntry entry, string trader, CancellationToken ct);

    /// Takes the trader's own quote on the bond off the board: NotFoundException when nobody quotes it,
    /// ForbiddenException when only others do.
    Task WithdrawAsync(string bondId, string trader, CancellationToken ct);

    /// The board by bond type and maturity, each bond's quotes by trader; fresh quotes only unless
    /// <see cref="QuoteBoardQuery.IncludeStale"/>.
    Task<PagedResult<QuoteView>> ListAsync(QuoteBoardQuery query, PageRequest page, CancellationToken ct);
}
