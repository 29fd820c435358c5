namespace Platform.Analytics.Swaps;

/// How a floating period's rate is set from its index, which decides how it is forecast from a curve.
public enum FloatingRateStyle
{
    /// A term rate (SHIBOR 3M) fixed before the period and applied to it; forecast over the accrual period itself
    /// (QuantLib's par coupon), so a single-curve leg is worth DF(start) − DF(end).
    TermRate,

    /// A 7-day repo fixing (FR007) reset every 7 days and compounded over the period; past resets use the fixings.
    CompoundedRepo,

    /// A rate of a longer tenor than the period (LPR 1Y, 1Y PrimeNCD) fixed before each period; forecast as the
    /// simple forward over [fixing start, fixing start + index tenor].
    IndexTenorRate,
}
