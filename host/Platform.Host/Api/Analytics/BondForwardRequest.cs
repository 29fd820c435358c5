namespace Platform.Host.Api.Analytics;

/// Body of <c>POST /api/v1/analytics/bonds/forward</c>: a fixed-coupon bond, its spot clean price (per 100 face) for
/// spot settlement, the delivery date, and a repo rate (decimal) to price the forward at, a quoted forward clean price
/// to imply the repo rate from, or both.
public sealed record BondForwardRequest(
    BondDefinitionDto Bond,
    DateOnly SpotSettlementDate,
    double SpotCleanPrice,
    DateOnly DeliveryDate,
    double? RepoRate = null,
    double? ForwardCleanQuote = null);
