namespace Platform.Trading.Contracts.Derivatives;

/// A booked derivative as the blotter lists it: the instrument (a swap's convention or a forward's contract), side,
/// notional or face in 万元, the fixed rate in percent or the forward price per 100, trade and maturity (or delivery)
/// dates, and the full terms of its kind (one of <see cref="Swap"/> and <see cref="Forward"/>).
public sealed record DerivativeView(
    string TradeId,
    string BookId,
    long Sequence,
    string Kind,
    string Instrument,
    string Direction,
    decimal NotionalWan,
    decimal RateOrPrice,
    DateOnly TradeDate,
    DateOnly MaturityDate,
    string Trader,
    string CounterpartyId,
    string? CfetsDealNumber,
    string? Remarks,
    DateTimeOffset BookedAt,
    SwapTerms? Swap,
    BondForwardTerms? Forward);
