using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The trading module's own pre-trade checks by the names their results carry; a check another module registers
/// shows under its own name until it is added here.
public static class PreTradeCheckNames
{
    public static LocalizedText Of(string check) => check switch
    {
        "tradingDay" => new("交易日与交易时段", "Trading day and hours"),
        "priceDeviation" => new("价格偏离度", "Price deviation"),
        "counterparty" => new("交易对手白名单与授信", "Counterparty whitelist and credit line"),
        "position" => new("持仓（可卖面额）", "Position (face available)"),
        "traderAuthority" => new("交易员授权", "Trader authority"),
        _ => new(check, check),
    };
}
