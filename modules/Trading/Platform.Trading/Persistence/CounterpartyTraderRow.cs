namespace Platform.Trading.Persistence;

/// A row of trading_counterparty_traders.
internal sealed class CounterpartyTraderRow
{
    public string CounterpartyId { get; init; } = "";
    public string TraderName { get; init; } = "";
    public string CfetsTraderId { get; init; } = "";
}
