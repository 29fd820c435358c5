using Platform.BuildingBlocks.Outbox;
using Platform.BuildingBlocks.Serialization;
using Platform.Trading.Contracts.Derivatives;

namespace Platform.Trading.Contracts.Events;

/// A derivative bound for central clearing was booked (integration event, through the outbox, at least once: consumers
/// dedupe on <see cref="TradeId"/> or <see cref="EventId"/>). <see cref="Kind"/> says which terms are set: a swap's
/// or a standard bond forward's. Clearing novates it to SHCH; risk adds it to the book's exposures.
[MessageManifest("trading.derivative-booked-event.v1")]
public sealed record DerivativeBookedEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string TradeId,
    string BookId,
    string Kind,
    string Trader,
    string CounterpartyId,
    string? CfetsDealNumber,
    SwapTerms? Swap,
    BondForwardTerms? Forward) : IIntegrationEvent;
