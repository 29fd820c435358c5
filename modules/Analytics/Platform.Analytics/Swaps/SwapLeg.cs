namespace Platform.Analytics.Swaps;

public enum SwapLeg
{
    Fixed,
    Floating,
}
