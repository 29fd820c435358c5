using Platform.SharedKernel;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Web.Texts;

/// Which way the firm trades, in the desk's words.
public static class TradeDirectionNames
{
    public static LocalizedText Of(string direction) => direction switch
    {
        TradeDirections.Buy => new("买入", "Buy"),
        TradeDirections.Sell => new("卖出", "Sell"),
        _ => new(direction, direction),
    };
}
