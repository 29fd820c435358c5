namespace Platform.Analytics.Forwards;

/// One basket bond on the last trading day: its yield by the China inter-bank convention and the notional bond's clean
/// price at that yield (per 100 face, doubles).
public readonly record struct BasketBondValuation(double Yield, double NotionalPrice);
