using Platform.Analytics.Schedules;
using Platform.Analytics.DayCounts;
using Platform.Analytics.Indices;
using Platform.SharedKernel;

namespace Platform.Analytics.Bonds;

/// A coupon bond as issued, more general than <see cref="FixedCouponBond"/>: a fixed or floating coupon, a first
/// stub, an amortising principal 提前还本, embedded calls and puts 含权, coupon resets 调整票面利率. Immutable and
/// validated; the With… methods return a new bond. Resolve it into a <see cref="ResolvedCashFlowBond"/> to price it
/// with <see cref="CashFlowBondPricer"/>.
public sealed class CouponBond
{
    private readonly AccrualPeriod[] _periods;

    private CouponBond(double? fixedRate, FloatingCoupon? floating, CouponFrequency frequency, DateOnly issueDate, DateOnly maturityDate,
        DayCount dayCount, StubConvention stub, AccrualPeriod[] periods, IReadOnlyList<PrincipalRepayment> repayments,
        IReadOnlyList<EmbeddedOption> options, IReadOnlyList<CouponReset> resets)
    {
        (FixedRate, FloatingCoupon, Frequency, IssueDate, MaturityDate, DayCount, Stub) = (fixedRate, floating, frequency, issueDate, maturityDate, dayCount, stub);
        (_periods, Repayments, Options, CouponResets) = (periods, repayments, options, resets);
    }

    /// The coupon rate of a fixed-coupon bond (double, decimal), null for a floater.
    public double? FixedRate { get; }

    /// The floating coupon, null for a fixed-coupon bond.
    public FloatingCoupon? FloatingCoupon { get; }

    public CouponFrequency Frequency { get; }
    public DateOnly IssueDate { get; }
    public DateOnly MaturityDate { get; }
    public DayCount DayCount { get; }
    public StubConvention Stub { get; }
    public IReadOnlyList<PrincipalRepayment> Repayments { get; }
    public IReadOnlyList<EmbeddedOption> Options { get; }
    public IReadOnlyList<CouponReset> CouponResets { get; }

    /// The unadjusted coupon periods, with a first stub when the issue date is off the backward schedule.
    public ReadOnlySpan<AccrualPeriod> Periods => _periods;

    public static CouponBond Fixed(double couponRate, CouponFrequency frequency, DateOnly issueDate, DateOnly maturityDate,
        DayCount dayCount = DayCount.ActActIcma, StubConvention stub = StubConvention.ShortInitial)
    {
        if (!double.IsFinite(couponRate) || couponRate < 0 || couponRate >= 1)
            throw new DomainException($"coupon rate must be a decimal from 0 up to 1 (0.0235 = 2.35 %), was {couponRate}", "couponRate");
        return Create(couponRate, null, frequency, issueDate, maturityDate, dayCount, stub);
    }

    public static CouponBond Floating(FloatingCoupon coupon, CouponFrequency frequency, DateOnly issueDate, DateOnly maturityDate,
        DayCount dayCount = DayCount.ActActIcma, StubConvention stub = StubConvention.ShortInitial)
    {
        ArgumentNullException.ThrowIfNull(coupon);
        return Create(null, coupon, frequency, issueDate, maturityDate, dayCount, stub);
    }

    /// The same bond as a <see cref="FixedCouponBond"/> (regular schedule), for the general pricer.
    public static CouponBond From(FixedCouponBond bond) =>
        Fixed(bond.CouponRate, bond.Frequency, bond.IssueDate, bond.MaturityDate, bond.DayCount);

    private static CouponBond Create(double? fixedRate, FloatingCoupon? floating, CouponFrequency frequency, DateOnly issueDate, DateOnly maturityDate, DayCount dayCount, StubConvention stub)
    {
        if (frequency.PerYear == 0)
            throw new DomainException("coupon frequency is required (1, 2, 4 or 12 payments a year)", "frequency");
        if (maturityDate <= issueDate)
            throw new DomainException($"maturity date {maturityDate:yyyy-MM-dd} must be after the issue date {issueDate:yyyy-MM-dd}", "maturityDate");
        if (maturityDate.AddYears(-100) > issueDate)
            throw new DomainException("a bond of more than 100 years is not supported", "maturityDate");
        if (!Enum.IsDefined(dayCount))
            throw new DomainException($"unknown day count {(int)dayCount}", "dayCount");
        if (stub is not (StubConvention.ShortInitial or StubConvention.LongInitial))
            throw new DomainException($"a bond's coupon dates count back from maturity, so its stub is ShortInitial or LongInitial, was {stub}", "stub");
        var periods = AccrualPeriod.Generate(issueDate, maturityDate, frequency, stub);
        return new CouponBond(fixedRate, floating, frequency, issueDate, maturityDate, dayCount, stub, periods, [], [], []);
    }

    /// The bond with this principal repayment schedule; what is not repaid by maturity is repaid then.
    public CouponBond WithRepayments(IEnumerable<PrincipalRepayment> repayments)
    {
        var list = BondTermsCheck.Repayments(this, repayments);
        return new CouponBond(FixedRate, FloatingCoupon, Frequency, IssueDate, MaturityDate, DayCount, Stub, _periods, list, Options, CouponResets);
    }

    public CouponBond WithOptions(IEnumerable<EmbeddedOption> options)
    {
        var list = BondTermsCheck.Options(this, options);
        return new CouponBond(FixedRate, FloatingCoupon, Frequency, IssueDate, MaturityDate, DayCount, Stub, _periods, Repayments, list, CouponResets);
    }

    public CouponBond WithCouponResets(IEnumerable<CouponReset> resets)
    {
        var list = BondTermsCheck.Resets(this, resets);
        return new CouponBond(FixedRate, FloatingCoupon, Frequency, IssueDate, MaturityDate, DayCount, Stub, _periods, Repayments, Options, list);
    }

    /// Whether the date ends a coupon period (and so may carry a repayment, an exercise or a reset).
    public bool IsCouponDate(DateOnly date)
    {
        foreach (var p in _periods)
            if (p.End == date) return true;
        return false;
    }

    /// A fixed-coupon bond's cash flows, once for all settlement dates. A floater needs fixings: use the other overload.
    public ResolvedCashFlowBond Resolve() => FloatingCoupon is null
        ? BondResolver.Resolve(this, FixingHistory.Empty, IssueDate)
        : throw new DomainException($"a floating-rate bond on {FloatingCoupon.Index.Name} needs fixings and a valuation date to resolve", "fixings");

    /// The cash flows as seen on <paramref name="asOf"/> (the settlement date): a floater's known coupons from the
    /// fixings, later ones at the latest base rate on or before that date (the China convention).
    public ResolvedCashFlowBond Resolve(FixingHistory fixings, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(fixings);
        return BondResolver.Resolve(this, fixings, asOf);
    }
}
