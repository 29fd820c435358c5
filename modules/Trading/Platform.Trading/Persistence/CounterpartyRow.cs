namespace Platform.Trading.Persistence;

/// A row of trading_counterparties.
internal sealed class CounterpartyRow
{
    public string CounterpartyId { get; init; } = "";
    public string Name { get; init; } = "";
    public string ShortName { get; init; } = "";
    public string CfetsMemberCode { get; init; } = "";
    public string Kind { get; init; } = "";
    public string WhitelistStatus { get; init; } = "";
    public decimal CreditLineWan { get; init; }
    public long RelatedParty { get; init; }
}
