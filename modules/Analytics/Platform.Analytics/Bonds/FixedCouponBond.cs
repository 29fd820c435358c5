using Platform.Analytics.DayCounts;
using Platform.SharedKernel;

namespace Platform.Analytics.Bonds;

/// A fixed-coupon bond 固定利率债券 as issued: coupon rate (double: an analytics input, e.g. 0.0235 = 2.35 %),
/// frequency, issue and maturity dates, accrual day count. Coupon dates are the unadjusted anniversaries of the
/// maturity date counted back to the issue date, as inter-bank bonds pay them. Regular periods only (the fast path,
/// <see cref="ChinaFixedBondPricer"/>); a first stub, amortising or option bond is a <see cref="CouponBond"/>.
public sealed record FixedCouponBond
{
    public double CouponRate { get; }
    public CouponFrequency Frequency { get; }
    public DateOnly IssueDate { get; }
    public DateOnly MaturityDate { get; }
    public DayCount DayCount { get; }

    private FixedCouponBond(double couponRate, CouponFrequency frequency, DateOnly issueDate, DateOnly maturityDate, DayCount dayCount) =>
        (CouponRate, Frequency, IssueDate, MaturityDate, DayCount) = (couponRate, frequency, issueDate, maturityDate, dayCount);

    public static FixedCouponBond Of(double couponRate, CouponFrequency frequency, DateOnly issueDate, DateOnly maturityDate, DayCount dayCount = DayCount.ActActIcma)
    {
        if (!double.IsFinite(couponRate) || couponRate < 0 || couponRate >= 1)
            throw new DomainException($"coupon rate must be a decimal from 0 up to 1 (0.0235 = 2.35 %), was {couponRate}", "couponRate");
        if (maturityDate <= issueDate)
            throw new DomainException($"maturity date {maturityDate:yyyy-MM-dd} must be after the issue date {issueDate:yyyy-MM-dd}", "maturityDate");
        if (maturityDate.AddYears(-100) > issueDate)
            throw new DomainException("a bond of more than 100 years is not supported", "maturityDate");
        var bond = new FixedCouponBond(couponRate, frequency, issueDate, maturityDate, dayCount);
        var periods = (maturityDate.Year - issueDate.Year) * 12 + maturityDate.Month - issueDate.Month;
        if (periods % frequency.MonthsPerPeriod != 0 || maturityDate.AddMonths(-periods) != issueDate)
            throw new DomainException(
                $"the issue date {issueDate:yyyy-MM-dd} is not a coupon date counted back from maturity every {frequency.MonthsPerPeriod} months; a bond with a first stub is a CouponBond (CouponBond.Fixed), priced by CashFlowBondPricer",
                "issueDate");
        return bond;
    }

    /// The coupon paid each period per 100 face.
    public double CouponPerPeriod => 100.0 * CouponRate / Frequency.PerYear;

    /// All schedule dates from the issue date to maturity, unadjusted.
    public CouponSchedule Schedule() => CouponSchedule.Backward(IssueDate, MaturityDate, Frequency);
}
