namespace Platform.Analytics.Curves;

/// A discount curve seen from its valuation date. Time is ACT/365F years from that date; zero rates are continuously
/// compounded. Doubles: analytics values.
public interface IDiscountCurve
{
    DateOnly ValuationDate { get; }

    /// The discount factor at <paramref name="years"/> (1 at 0).
    double DiscountFactor(double years);

    /// The continuously compounded zero rate to <paramref name="years"/>, −ln(DF)/t (the short rate at 0).
    double ZeroRate(double years);
}
