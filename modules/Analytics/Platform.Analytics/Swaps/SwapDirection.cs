namespace Platform.Analytics.Swaps;

/// Which side of the fixed leg the holder is on: a payer pays fixed and receives floating 支付固定.
public enum SwapDirection
{
    Payer,
    Receiver,
}
