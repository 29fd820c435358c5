namespace Platform.Analytics.Bonds;

/// A fixed-coupon bond's remaining payments: the coupon each period, plus 100 with the last.
internal readonly struct RegularPayments(double coupon, int count) : IRemainingPayments
{
    public int Count => count;

    public double Payment(int k) => k == count - 1 ? coupon + 100 : coupon;
}
