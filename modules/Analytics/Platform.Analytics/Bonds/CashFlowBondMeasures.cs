namespace Platform.Analytics.Bonds;

/// A cash-flow bond's measures at one settlement date. <see cref="Quoted"/> is per 100 of the OUTSTANDING face, as the
/// China inter-bank market quotes amortising bonds (prices, accrued and DV01 per 100 of remaining principal);
/// <see cref="PerOriginalFace"/> scales them by <see cref="OutstandingFactor"/> (what 100 of face at issue is worth).
/// Yield, durations and convexity do not depend on the unit. <see cref="DiscountMargin"/> (floaters only) is the yield
/// less the assumed base rate: the spread over the index that the price implies (点差收益率). Doubles.
public readonly record struct CashFlowBondMeasures(BondMeasures Quoted, double OutstandingFactor, double? DiscountMargin)
{
    public BondMeasures PerOriginalFace => Quoted with
    {
        CleanPrice = Quoted.CleanPrice * OutstandingFactor,
        DirtyPrice = Quoted.DirtyPrice * OutstandingFactor,
        AccruedInterest = Quoted.AccruedInterest * OutstandingFactor,
        Dv01 = Quoted.Dv01 * OutstandingFactor,
    };
}
