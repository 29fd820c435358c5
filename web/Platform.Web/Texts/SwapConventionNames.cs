using Platform.Analytics.Swaps;
using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The CNY swap conventions by their floating index, as the market calls them.
public static class SwapConventionNames
{
    public static LocalizedText Of(string convention) => convention switch
    {
        _ when convention == CnySwapConventions.Fr007.Name => new("FR007 七天回购定盘利率", "FR007 (7-day repo fixing)"),
        _ when convention == CnySwapConventions.Shibor3M.Name => new("SHIBOR 3M 三个月 Shibor", "SHIBOR 3M"),
        _ when convention == CnySwapConventions.Lpr1Y.Name => new("LPR 1Y 一年期贷款市场报价利率", "LPR 1Y (loan prime rate)"),
        _ when convention == CnySwapConventions.PrimeNcd1Y.Name => new("PrimeNCD 1Y 一年期同业存单（上清所标准合约）", "PrimeNCD 1Y (SHCH standard swap)"),
        _ => new(convention, convention),
    };
}
