namespace Platform.Trading.Contracts.Tickets;

/// How the trade is done on CFETS: 对话报价 (negotiated), 请求报价 (RFQ) or X-Bond 匿名点击 (anonymous click).
public static class TradingMethods
{
    public const string Negotiated = "Negotiated";
    public const string Rfq = "Rfq";
    public const string XBond = "XBond";

    public static IReadOnlyList<string> All { get; } = [Negotiated, Rfq, XBond];
}
