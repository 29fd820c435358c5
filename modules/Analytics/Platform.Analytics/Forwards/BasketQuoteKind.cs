namespace Platform.Analytics.Forwards;

/// What a basket bond's quote on the last trading day is: a yield (decimal) or a clean price per 100 face.
public enum BasketQuoteKind
{
    Yield,
    CleanPrice,
}
