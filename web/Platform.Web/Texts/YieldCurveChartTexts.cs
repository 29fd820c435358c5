using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The bond calculator's yield-curve chart.
public static class YieldCurveChartTexts
{
    public static readonly LocalizedText Title = new("收益率曲线", "Yield curve");
    public static readonly LocalizedText Note = new(
        "演示数据：中债风格国债即期收益率（年复利），Nelson–Siegel–Svensson 拟合，RMSE {0:F2} bp；红点为本券（剩余期限，到期收益率）。",
        "Demo data: ChinaBond-style government spot yields (annually compounded), Nelson–Siegel–Svensson fit, RMSE {0:F2} bp; the red point is this bond (years to maturity, yield).");
    public static readonly LocalizedText Curve = new("国债曲线（演示，NSS）", "Government curve (demo, NSS)");
    public static readonly LocalizedText Observations = new("观测收益率", "Observed yields");
    public static readonly LocalizedText ThisBond = new("本券", "This bond");
    public static readonly LocalizedText Years = new("剩余期限（年）", "Years to maturity");
    public static readonly LocalizedText YearsUnit = new("年", "y");
    public static readonly LocalizedText Yield = new("收益率（%）", "Yield (%)");
}
