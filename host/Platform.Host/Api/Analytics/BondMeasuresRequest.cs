namespace Platform.Host.Api.Analytics;

/// Body of <c>POST /api/v1/analytics/bonds/measures</c>: the bond, the settlement date and either a yield or a clean
/// price per 100 face (exactly one of the two).
public sealed record BondMeasuresRequest(BondDefinitionDto Bond, DateOnly SettlementDate, double? Yield = null, double? CleanPrice = null);
