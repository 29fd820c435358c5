namespace Platform.Analytics.Bonds;

/// A resolved cash-flow bond's remaining payments (coupon and principal of each period) from a period on.
internal readonly struct ResolvedPayments(ResolvedCashFlowBond bond, int firstPeriod, int count) : IRemainingPayments
{
    public int Count => count;

    public double Payment(int k) => bond.Period(firstPeriod + k).Payment;
}
