using Platform.SharedKernel;

namespace Platform.Analytics.Bonds;

/// Coupon payments per year 付息频率: 1 (annual), 2 (semi-annual), 4 (quarterly) or 12 (monthly).
public readonly record struct CouponFrequency
{
    public int PerYear { get; }
    public int MonthsPerPeriod => 12 / PerYear;

    private CouponFrequency(int perYear) => PerYear = perYear;

    public static readonly CouponFrequency Annual = new(1);
    public static readonly CouponFrequency SemiAnnual = new(2);
    public static readonly CouponFrequency Quarterly = new(4);

    public static CouponFrequency Of(int perYear) => perYear is 1 or 2 or 4 or 12
        ? new(perYear)
        : throw new DomainException($"coupon frequency must be 1, 2, 4 or 12 payments a year, was {perYear}", "frequency");

    public override string ToString() => PerYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
