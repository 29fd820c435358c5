namespace Platform.Analytics.Bonds;

/// One remaining payment per 100 face, with the time (years) and discount factor the yield convention gives it.
public readonly record struct BondCashFlow(DateOnly PaymentDate, double Coupon, double Principal, double Years, double DiscountFactor)
{
    public double Amount => Coupon + Principal;
    public double PresentValue => Amount * DiscountFactor;
}
