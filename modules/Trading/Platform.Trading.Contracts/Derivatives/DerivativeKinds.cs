namespace Platform.Trading.Contracts.Derivatives;

/// The derivatives the desk captures for central clearing: CNY interest-rate swaps (including the standard swap on
/// PrimeNCD) and standard bond forwards.
public static class DerivativeKinds
{
    public const string Swap = "Swap";
    public const string BondForward = "BondForward";

    public static readonly IReadOnlyList<string> All = [Swap, BondForward];
}
