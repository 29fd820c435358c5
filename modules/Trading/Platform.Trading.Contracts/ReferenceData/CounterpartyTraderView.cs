namespace Platform.Trading.Contracts.ReferenceData;

/// A dealer at a counterparty, with their CFETS trader id.
public sealed record CounterpartyTraderView(string TraderName, string CfetsTraderId);
