namespace Platform.Trading.Contracts.Tickets;

/// What a ticket's price means, computed by Analytics: per 100 face the clean and full price, accrued interest and the
/// yields (decimal fractions; to exercise only for a bond with a call or put), and in yuan the settlement amount
/// (full price × face) and the accrued in it; the deviation from the day's valuation in percent of its clean price and
/// in basis points of yield; DV01 of the trade in yuan (positive: the firm gains when yields fall, for a buy).
/// Doubles are analytics values; yuan amounts are decimals.
public sealed record TicketEconomics(
    DateOnly TradeDate,
    DateOnly SettlementDate,
    double CleanPrice,
    double FullPrice,
    double AccruedInterest,
    double YieldToMaturity,
    double? YieldToExercise,
    decimal SettlementAmount,
    decimal AccruedAmount,
    decimal Dv01,
    DateOnly? ValuationDate,
    double? ValuationCleanPrice,
    double? ValuationYield,
    double? DeviationPct,
    double? DeviationBp);
