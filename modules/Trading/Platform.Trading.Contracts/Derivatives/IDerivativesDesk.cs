using Platform.BuildingBlocks.Paging;

namespace Platform.Trading.Contracts.Derivatives;

/// Capture of derivatives bound for central clearing: previews (terms and checks, nothing changed), booking through the
/// book's entity (the same idempotency key from the same user returns the first booking), and the read side. Bad input
/// is a ValidationFailedException naming the field; failed checks a PreTradeChecksFailedException.
public interface IDerivativesDesk
{
    Task<DerivativePreview> PreviewSwapAsync(SwapRequest request, string trader, CancellationToken ct);

    Task<DerivativeView> BookSwapAsync(SwapRequest request, string trader, string idempotencyKey, CancellationToken ct);

    Task<DerivativePreview> PreviewForwardAsync(BondForwardRequest request, string trader, CancellationToken ct);

    Task<DerivativeView> BookForwardAsync(BondForwardRequest request, string trader, string idempotencyKey, CancellationToken ct);

    Task<IReadOnlyList<ForwardContractView>> ForwardContractsAsync(DateOnly? day, CancellationToken ct);

    Task<DerivativeView?> FindAsync(string tradeId, CancellationToken ct);

    Task<PagedResult<DerivativeView>> ListAsync(DerivativeQuery query, PageRequest page, CancellationToken ct);
}
