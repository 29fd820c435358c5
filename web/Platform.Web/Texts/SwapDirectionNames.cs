using Platform.Analytics.Swaps;
using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// Which side of a swap's fixed leg the firm is on.
public static class SwapDirectionNames
{
    public static LocalizedText Of(string direction) => direction switch
    {
        nameof(SwapDirection.Payer) => new("支付固定", "Pay fixed"),
        nameof(SwapDirection.Receiver) => new("收取固定", "Receive fixed"),
        _ => new(direction, direction),
    };
}
