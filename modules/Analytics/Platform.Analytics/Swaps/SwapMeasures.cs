namespace Platform.Analytics.Swaps;

/// A swap's value on a curve, in yuan for its notional, from the holder's side. Doubles: analytics values.
/// Leg PVs are sizes (positive); <see cref="FixedLegBps"/> is the NPV change for +1 bp on the fixed rate (negative for a
/// payer), <see cref="FloatingLegBps"/> the change for +1 bp on the floating spread.
public readonly record struct SwapMeasures(
    double Npv,
    double FairRate,
    double FixedLegPv,
    double FloatingLegPv,
    double FixedLegBps,
    double FloatingLegBps);
