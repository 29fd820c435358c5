namespace Platform.Trading.Contracts.ReferenceData;

/// A counterparty on the inter-bank market: its CFETS member code, whether it may be traded with (白名单), the credit
/// line in 万元 of face, whether it is a related party (关联方, which brings compliance into the approval), and its
/// traders.
public sealed record CounterpartyView(
    string CounterpartyId,
    string Name,
    string ShortName,
    string CfetsMemberCode,
    string Kind,
    string WhitelistStatus,
    decimal CreditLineWan,
    bool RelatedParty,
    IReadOnlyList<CounterpartyTraderView> Traders);
