namespace Platform.Trading.Contracts.Derivatives;

/// A CNY interest-rate swap (利率互换) to capture, as the trader keys it after the CFETS deal: the convention
/// (<c>FR007</c>, <c>SHIBOR-3M</c>, <c>LPR-1Y</c>, or SHCH's standard swap on 1Y PrimeNCD <c>PRIMENCD-1Y</c>), which side of
/// the fixed leg (<c>Payer</c> pays fixed), the notional in 万元, the fixed rate in percent, and either a tenor from spot
/// (<c>1Y</c>, <c>5Y</c>…) or effective and termination dates; the spread over the index in basis points.
public sealed record SwapRequest(
    string? Convention,
    string? Direction,
    decimal NotionalWan,
    decimal FixedRatePct,
    string? Tenor = null,
    DateOnly? EffectiveDate = null,
    DateOnly? TerminationDate = null,
    decimal SpreadBp = 0,
    string? CounterpartyId = null,
    string? BookId = null,
    DateOnly? TradeDate = null,
    string? CfetsDealNumber = null,
    string? Remarks = null);
