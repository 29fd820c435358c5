namespace Platform.Trading.Contracts.Tickets;

/// A booked trade, as the blotter shows it. Prices per 100 face and yield as a decimal fraction (analytics doubles);
/// face in 万元 and the settlement amount in yuan.
public sealed record TradeView(
    string TradeId,
    string BookId,
    long Sequence,
    string? TicketId,
    string Trader,
    string BondId,
    string Direction,
    decimal FaceWan,
    double CleanPrice,
    double FullPrice,
    double Yield,
    decimal SettlementAmount,
    DateOnly TradeDate,
    DateOnly SettlementDate,
    string CounterpartyId,
    string? CfetsDealNumber,
    DateTimeOffset BookedAt);
