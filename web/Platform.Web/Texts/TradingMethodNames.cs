using Platform.SharedKernel;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Web.Texts;

/// How a trade is done on CFETS, in the desk's words.
public static class TradingMethodNames
{
    public static LocalizedText Of(string method) => method switch
    {
        TradingMethods.Negotiated => new("对话报价", "Negotiated"),
        TradingMethods.Rfq => new("请求报价", "RFQ"),
        TradingMethods.XBond => new("X-Bond 匿名点击", "X-Bond anonymous click"),
        _ => new(method, method),
    };
}
