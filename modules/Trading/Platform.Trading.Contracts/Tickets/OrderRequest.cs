namespace Platform.Trading.Contracts.Tickets;

/// A pre-approved execution (an algorithm's, or a pre-cleared book's): booked at once, after the same checks as a
/// ticket but without approval. The fields mean what they mean on a <see cref="TicketRequest"/>.
public sealed record OrderRequest(
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
    string? CfetsDealNumber = null,
    string? Remarks = null);
