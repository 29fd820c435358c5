using Platform.Analytics.Swaps;

namespace Platform.Analytics.Curves.Bootstrap;

/// A par swap: its par rate on the curve being built, discounted on an outside curve when one is given (a projection
/// curve built over a discounting curve), else on itself. The pillar is the last date the swap reads from the curve:
/// its maturity, or later for a one-year rate fixed each quarter (LPR 1Y), whose last forecast runs a year on.
/// A single-curve swap whose floating periods are forecast over themselves and paid at their ends has a floating leg
/// worth DF(effective) − DF(maturity); then the par rate needs only the fixed annuity, and the part of it paid before
/// the node being solved is summed once per solve: the bootstrap's hot path.
internal sealed class SwapNode : CurveNode
{
    private readonly ResolvedSwap _swap;
    private readonly IDiscountCurve? _discountCurve;
    private readonly bool _telescopes;
    private readonly double _effectiveYears;
    private readonly double _maturityYears;
    private readonly double[] _fixedYears;
    private readonly double[] _fixedAccruals;
    private double _stableAnnuity;
    private int _firstMoving;

    public SwapNode(string label, ResolvedSwap swap, IDiscountCurve? discountCurve, DateOnly valuationDate)
        : base(label, swap.Swap.EffectiveDate, swap.MaturityDate, LastRelevantDate(swap))
    {
        _swap = swap;
        _discountCurve = discountCurve;
        double Years(DateOnly d) => (d.DayNumber - valuationDate.DayNumber) / 365.0;
        _fixedYears = [.. swap.FixedPeriods.Select(p => Years(p.PaymentDate))];
        _fixedAccruals = [.. swap.FixedPeriods.Select(p => p.YearFraction)];
        _effectiveYears = Years(swap.FloatingPeriods[0].AccrualStart);
        _maturityYears = Years(swap.FloatingPeriods[^1].AccrualEnd);
        _telescopes = discountCurve is null && swap.Swap.Spread == 0 && Telescopes(swap) && swap.Swap.EffectiveDate >= valuationDate;
    }

    public override double ImpliedQuote(IDiscountCurve curve) => SwapPricer.ParRate(_swap, _discountCurve ?? curve, curve);

    public override void BeginSolve(InterpolatedDiscountCurve curve, double stableUntil)
    {
        _stableAnnuity = 0;
        _firstMoving = 0;
        if (!_telescopes) return;
        while (_firstMoving < _fixedYears.Length && _fixedYears[_firstMoving] <= stableUntil)
        {
            _stableAnnuity += _fixedAccruals[_firstMoving] * curve.DiscountFactor(_fixedYears[_firstMoving]);
            _firstMoving++;
        }
    }

    public override double Residual(InterpolatedDiscountCurve curve, double quote)
    {
        if (!_telescopes) return ImpliedQuote(curve) - quote;
        var annuity = _stableAnnuity;
        for (var k = _firstMoving; k < _fixedYears.Length; k++) annuity += _fixedAccruals[k] * curve.DiscountFactor(_fixedYears[k]);
        return (curve.DiscountFactor(_effectiveYears) - curve.DiscountFactor(_maturityYears)) / annuity - quote;
    }

    /// Term or compounded-repo periods (forecast over themselves), contiguous, each paid on its end date.
    private static bool Telescopes(ResolvedSwap swap)
    {
        if (swap.Swap.Convention.Floating.Style == FloatingRateStyle.IndexTenorRate) return false;
        var periods = swap.FloatingPeriods;
        for (var i = 0; i < periods.Count; i++)
            if (periods[i].PaymentDate != periods[i].AccrualEnd || (i > 0 && periods[i].AccrualStart != periods[i - 1].AccrualEnd))
                return false;
        return true;
    }

    private static DateOnly LastRelevantDate(ResolvedSwap swap)
    {
        var last = swap.MaturityDate;
        foreach (var p in swap.FloatingPeriods)
            if (p.ForecastEnd > last) last = p.ForecastEnd;
        return last;
    }
}
