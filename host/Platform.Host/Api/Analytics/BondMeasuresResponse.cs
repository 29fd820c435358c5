using Platform.Analytics.Bonds;

namespace Platform.Host.Api.Analytics;

/// Measures per 100 face; dv01 is the price change for a 1 bp fall in yield.
public sealed record BondMeasuresResponse(
    double CleanPrice,
    double DirtyPrice,
    double AccruedInterest,
    double Yield,
    double MacaulayDuration,
    double ModifiedDuration,
    double Convexity,
    double Dv01)
{
    public static BondMeasuresResponse From(BondMeasures m) =>
        new(m.CleanPrice, m.DirtyPrice, m.AccruedInterest, m.Yield, m.MacaulayDuration, m.ModifiedDuration, m.Convexity, m.Dv01);
}
