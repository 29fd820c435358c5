namespace Platform.Trading.Contracts.Tickets;

/// Which way the firm trades: buys (买入) or sells (卖出) the bond.
public static class TradeDirections
{
    public const string Buy = "Buy";
    public const string Sell = "Sell";

    public static IReadOnlyList<string> All { get; } = [Buy, Sell];
}
