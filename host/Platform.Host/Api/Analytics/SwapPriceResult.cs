using Platform.Analytics.Swaps;

namespace Platform.Host.Api.Analytics;

/// A priced swap: the measures in yuan from the holder's side (DV01 = (NPV with every curve quote +1 bp − with −1 bp)/2,
/// the curve rebuilt), the key-rate DV01s when asked for, and both legs' periods.
public sealed record SwapPriceResult(
    double Npv,
    double FairRate,
    double FixedLegPv,
    double FloatingLegPv,
    double FixedLegBps,
    double FloatingLegBps,
    double Dv01,
    DateOnly EffectiveDate,
    DateOnly MaturityDate,
    IReadOnlyList<KeyRateDv01Dto>? KeyRateDv01s,
    IReadOnlyList<SwapPeriodDto> FixedPeriods,
    IReadOnlyList<SwapPeriodDto> FloatingPeriods)
{
    public static SwapPriceResult Of(SwapMeasures m, double dv01, ResolvedSwap swap, IReadOnlyList<KeyRateDv01Dto>? keyRates) =>
        new(m.Npv, m.FairRate, m.FixedLegPv, m.FloatingLegPv, m.FixedLegBps, m.FloatingLegBps, dv01, swap.Swap.EffectiveDate, swap.MaturityDate, keyRates,
            [.. swap.FixedPeriods.Select(SwapPeriodDto.Of)], [.. swap.FloatingPeriods.Select(SwapPeriodDto.Of)]);
}
