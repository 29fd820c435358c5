namespace Platform.Analytics.Forwards;

/// How a standard bond forward turns its basket into one settlement price. A contract term, because the two differ by
/// the convexity of the notional bond (the mean of prices is never below the price at the mean yield).
public enum BasketAveraging
{
    /// The notional bond priced at the arithmetic mean of the basket bonds' yields.
    PriceAtMeanYield,

    /// The arithmetic mean of the notional bond's prices at each basket bond's yield.
    MeanOfPrices,
}
