namespace Platform.Trading.Domain.Checks;

/// The names of the trading module's own pre-trade checks, as results and the portal show them.
public static class CheckNames
{
    public const string TradingDay = "tradingDay";
    public const string PriceDeviation = "priceDeviation";
    public const string Counterparty = "counterparty";
    public const string Position = "position";
    public const string TraderAuthority = "traderAuthority";
}
