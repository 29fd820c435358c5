namespace Platform.Trading.Contracts.ReferenceData;

/// A data steward's change to a counterparty's whitelist status and credit line (万元).
public sealed record CounterpartyUpdate(string WhitelistStatus, decimal CreditLineWan, bool RelatedParty);
