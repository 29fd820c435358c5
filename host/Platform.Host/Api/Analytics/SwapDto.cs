namespace Platform.Host.Api.Analytics;

/// A swap as the API takes it: convention (<c>SHIBOR-3M</c>, <c>FR007</c>, <c>LPR-1Y</c>, <c>PRIMENCD-1Y</c>),
/// direction (<c>payer</c> pays fixed, <c>receiver</c>), notional in yuan, fixed rate and floating spread (decimals),
/// and either explicit dates (effective date, unadjusted termination date) or a tenor with an optional forward start
/// from spot on the curve's valuation date.
public sealed record SwapDto(
    string Convention,
    string Direction,
    decimal Notional,
    double FixedRate,
    DateOnly? EffectiveDate = null,
    DateOnly? TerminationDate = null,
    string? Tenor = null,
    string? ForwardStart = null,
    double Spread = 0);
