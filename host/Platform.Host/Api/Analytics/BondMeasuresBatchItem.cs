namespace Platform.Host.Api.Analytics;

/// One bond of a batch; <c>id</c> is the caller's and comes back with its result.
public sealed record BondMeasuresBatchItem(string Id, BondDefinitionDto Bond, DateOnly? SettlementDate = null, double? Yield = null, double? CleanPrice = null);
