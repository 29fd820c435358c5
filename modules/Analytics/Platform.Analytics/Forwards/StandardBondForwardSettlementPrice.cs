namespace Platform.Analytics.Forwards;

/// The final settlement price of a standard bond forward: the notional bond's clean price per 100 face at delivery
/// (valued on its issue date, so nothing has accrued), with the basket it came from. Doubles, unrounded.
public sealed record StandardBondForwardSettlementPrice(
    double SettlementPrice,
    double MeanYield,
    BasketAveraging Averaging,
    IReadOnlyList<BasketBondValuation> Basket);
