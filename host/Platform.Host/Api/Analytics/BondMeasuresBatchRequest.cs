namespace Platform.Host.Api.Analytics;

/// Body of <c>POST /api/v1/analytics/bonds/measures:batch</c>: up to 100,000 items, each a bond with a yield or a clean
/// price; an item's own settlement date overrides the batch's.
public sealed record BondMeasuresBatchRequest(DateOnly? SettlementDate, IReadOnlyList<BondMeasuresBatchItem> Items);
