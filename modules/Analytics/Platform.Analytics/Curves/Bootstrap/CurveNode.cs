namespace Platform.Analytics.Curves.Bootstrap;

/// A curve instrument resolved against a valuation date and calendar: its dates, and how far a curve is from repricing
/// its quote. The pillar is the last date the instrument depends on; the bootstrap puts a node there.
internal abstract class CurveNode(string label, DateOnly startDate, DateOnly maturityDate, DateOnly pillarDate)
{
    public string Label { get; } = label;
    public DateOnly StartDate { get; } = startDate;
    public DateOnly MaturityDate { get; } = maturityDate;
    public DateOnly PillarDate { get; } = pillarDate;

    /// The quote this instrument has on the curve.
    public abstract double ImpliedQuote(IDiscountCurve curve);

    /// Called before the bootstrap solves this instrument's node: the curve up to <paramref name="stableUntil"/> years
    /// will not move while it does, so what depends only on that part may be computed once.
    public virtual void BeginSolve(InterpolatedDiscountCurve curve, double stableUntil)
    {
    }

    /// Zero exactly when the curve reprices <paramref name="quote"/>; smooth in the pillar's node.
    public virtual double Residual(InterpolatedDiscountCurve curve, double quote) => ImpliedQuote(curve) - quote;
}
