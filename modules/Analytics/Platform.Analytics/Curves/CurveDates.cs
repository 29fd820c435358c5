using Platform.Analytics.DayCounts;

namespace Platform.Analytics.Curves;

/// Date-based queries on any curve: ACT/365F years from the valuation date, and simple forward rates.
public static class CurveDates
{
    public static double YearsTo(this IDiscountCurve curve, DateOnly date) =>
        (date.DayNumber - curve.ValuationDate.DayNumber) / 365.0;

    public static double DiscountFactor(this IDiscountCurve curve, DateOnly date) => curve.DiscountFactor(curve.YearsTo(date));

    public static double ZeroRate(this IDiscountCurve curve, DateOnly date) => curve.ZeroRate(curve.YearsTo(date));

    /// The simple forward rate over [start, end] accrued by <paramref name="dayCount"/>: (DF(start)/DF(end) − 1)/τ.
    public static double ForwardRate(this IDiscountCurve curve, DateOnly start, DateOnly end, DayCount dayCount) =>
        (curve.DiscountFactor(start) / curve.DiscountFactor(end) - 1) / dayCount.YearFraction(start, end, start, end);
}
