using Platform.Analytics.Curves.Bootstrap;
using Platform.Analytics.Indices;

namespace Platform.Analytics.Swaps;

/// Swap sensitivities to the quotes a curve was built from, by rebuilding the curve. Doubles: analytics values.
public static class SwapRisk
{
    private const double OneBasisPoint = 1e-4;

    /// (NPV with every quote +1 bp − NPV with every quote −1 bp)/2, the curve rebuilt each time; positive for a payer
    /// when rates rise. The curve both forecasts and discounts.
    public static double Dv01(ResolvedSwap swap, BootstrappedCurve curve, FixingSeries? fixings = null) =>
        (SwapPricer.Price(swap, curve.ParallelBumped(OneBasisPoint).Curve, fixings: fixings).Npv
         - SwapPricer.Price(swap, curve.ParallelBumped(-OneBasisPoint).Curve, fixings: fixings).Npv) / 2;

    /// The same central difference with one instrument's quote moved at a time: the swap's key-rate DV01 per curve
    /// instrument, in pillar order. They sum to close to <see cref="Dv01"/> (to second order in the bump).
    public static IReadOnlyList<(string Label, double Dv01)> KeyRateDv01s(ResolvedSwap swap, BootstrappedCurve curve, FixingSeries? fixings = null)
    {
        var labels = curve.Definition.Labels;
        var result = new (string, double)[labels.Count];
        for (var i = 0; i < labels.Count; i++)
            result[i] = (labels[i], (SwapPricer.Price(swap, curve.Bumped(i, OneBasisPoint).Curve, fixings: fixings).Npv
                - SwapPricer.Price(swap, curve.Bumped(i, -OneBasisPoint).Curve, fixings: fixings).Npv) / 2);
        return result;
    }
}
