using Platform.Analytics.DayCounts;

namespace Platform.Analytics.Curves.Bootstrap;

/// A simple-rate deposit: implied rate (DF(start)/DF(end) − 1)/τ.
internal sealed class DepositNode(string label, DateOnly valuationDate, DateOnly start, DateOnly end, DayCount dayCount)
    : CurveNode(label, start, end, end)
{
    private readonly double _accrual = dayCount.YearFraction(start, end, start, end);
    private readonly double _startYears = (start.DayNumber - valuationDate.DayNumber) / 365.0;
    private readonly double _endYears = (end.DayNumber - valuationDate.DayNumber) / 365.0;

    public override double ImpliedQuote(IDiscountCurve curve) =>
        (curve.DiscountFactor(_startYears) / curve.DiscountFactor(_endYears) - 1) / _accrual;

    public override double Residual(InterpolatedDiscountCurve curve, double quote) =>
        (curve.DiscountFactor(_startYears) / curve.DiscountFactor(_endYears) - 1) / _accrual - quote;
}
