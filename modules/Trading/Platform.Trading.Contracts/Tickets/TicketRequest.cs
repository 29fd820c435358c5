namespace Platform.Trading.Contracts.Tickets;

/// An inter-bank spot bond trade as the trader prepares it (银行间现券审批单). <see cref="Price"/> is of the kind
/// <see cref="PriceKind"/> names (per 100 face, or a yield in percent); the face is in 万元 and must be a multiple of the
/// bond's minimum. The trade date defaults to today; the settlement date follows from the speed and, when given,
/// must equal it.
public sealed record TicketRequest(
    string BondId,
    string Direction,
    string TradingMethod,
    string PriceKind,
    decimal Price,
    decimal FaceWan,
    string SettlementSpeed,
    string SettlementMethod,
    string CounterpartyId,
    string BookId,
    DateOnly? TradeDate = null,
    DateOnly? SettlementDate = null,
    string? CounterpartyTrader = null,
    string? Purpose = null,
    string? Remarks = null);
