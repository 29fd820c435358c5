namespace Platform.Analytics.Bonds;

/// One resolved coupon period, amounts per 100 ORIGINAL face (doubles): the coupon rate (decimal), the coupon and the
/// principal repaid at <see cref="End"/> (unadjusted dates, as inter-bank bonds pay), and the principal outstanding
/// during the period. For a floater, the fixing date and whether the rate is assumed (a fixing not yet known: the
/// latest base rate is assumed to persist, the China convention).
public readonly record struct BondPeriod(AccrualPeriod Accrual, double Rate, double Coupon, double Principal, double Outstanding,
    DateOnly? FixingDate = null, bool RateIsAssumed = false)
{
    public DateOnly Start => Accrual.Start;
    public DateOnly End => Accrual.End;
    public double Payment => Coupon + Principal;
}
