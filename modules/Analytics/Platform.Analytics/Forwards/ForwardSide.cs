namespace Platform.Analytics.Forwards;

/// The side of a forward position: the long side buys (gains when the price rises), the short side sells.
public enum ForwardSide
{
    Long,
    Short,
}
