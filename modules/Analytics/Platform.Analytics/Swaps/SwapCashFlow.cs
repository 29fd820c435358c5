namespace Platform.Analytics.Swaps;

/// One payment of a swap leg: accrual dates, the rate applied (fixed rate, or the floating fixing or forecast plus
/// spread), the amount signed from the holder's side (received positive), and its discount factor. Doubles: analytics.
public readonly record struct SwapCashFlow(
    SwapLeg Leg,
    DateOnly AccrualStart,
    DateOnly AccrualEnd,
    DateOnly PaymentDate,
    double YearFraction,
    double Rate,
    double Amount,
    double DiscountFactor)
{
    public double PresentValue => Amount * DiscountFactor;
}
