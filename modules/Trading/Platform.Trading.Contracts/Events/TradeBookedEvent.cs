using Platform.BuildingBlocks.Outbox;
using Platform.BuildingBlocks.Serialization;

namespace Platform.Trading.Contracts.Events;

/// A spot bond trade was booked (integration event, through the outbox, at least once: consumers dedupe on
/// <see cref="TradeId"/> or <see cref="EventId"/>). Face in 万元; prices per 100 face and yields as decimal fractions
/// (analytics doubles); amounts in yuan. Clearing builds settlement instructions from it; risk updates exposures.
[MessageManifest("trading.trade-booked-event.v1")]
public sealed record TradeBookedEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string TradeId,
    string BookId,
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
    string SettlementMethod,
    string CounterpartyId,
    string? CfetsDealNumber) : IIntegrationEvent;
