using Platform.Analytics.Bonds;

namespace Platform.Analytics.Forwards;

/// A bond of a standard bond forward's basket with its quote on the last trading day (double: an analytics input).
/// Range checks happen where the quote is used, so the error can name the bond's place in the basket.
public sealed record BasketBondQuote(ResolvedFixedBond Bond, BasketQuoteKind Kind, double Value)
{
    public static BasketBondQuote AtYield(ResolvedFixedBond bond, double yield) => new(bond, BasketQuoteKind.Yield, yield);

    public static BasketBondQuote AtCleanPrice(ResolvedFixedBond bond, double cleanPrice) => new(bond, BasketQuoteKind.CleanPrice, cleanPrice);
}
