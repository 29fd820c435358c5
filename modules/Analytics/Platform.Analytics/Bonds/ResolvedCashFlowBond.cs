using Platform.Analytics.DayCounts;
using Platform.SharedKernel;

namespace Platform.Analytics.Bonds;

/// A coupon bond's periods with every amount known (per 100 ORIGINAL face), ready to be priced at many settlement
/// dates and yields without allocating: to maturity, or to an exercise date (<see cref="ToExercise"/>). A floater is
/// resolved as of a date (its later coupons assumed at the base rate of that date), so it is priced from the start of
/// the period holding that date on (<see cref="EarliestSettlement"/>).
public sealed class ResolvedCashFlowBond
{
    private readonly BondPeriod[] _periods;
    private readonly DateOnly[] _ends;

    internal ResolvedCashFlowBond(CouponBond bond, BondPeriod[] periods, double? assumedBaseRate, DateOnly? exerciseDate)
    {
        Bond = bond;
        _periods = periods;
        _ends = [.. periods.Select(p => p.End)];
        AssumedBaseRate = assumedBaseRate;
        ExerciseDate = exerciseDate;
        FrequencyPerYear = bond.Frequency.PerYear;
    }

    public CouponBond Bond { get; }

    /// The periods still to be paid as resolved (all of them for a fixed-coupon bond), per 100 original face.
    public ReadOnlySpan<BondPeriod> Periods => _periods;

    /// The last payment date: maturity, or the exercise date when priced to exercise.
    public DateOnly FinalDate => _ends[^1];

    public DateOnly EarliestSettlement => _periods[0].Start;

    /// The exercise date this bond is priced to, or null when to maturity.
    public DateOnly? ExerciseDate { get; }

    /// A floater's base rate assumed for the coupons not yet fixed (double, decimal); null for fixed coupons.
    public double? AssumedBaseRate { get; }

    internal int FrequencyPerYear { get; }
    internal DayCount DayCount => Bond.DayCount;

    /// The same bond priced to an exercise date 行权: its periods up to that date, then all that is outstanding redeemed
    /// at the exercise price (the 行权收益率 convention: the exercise date is treated as maturity).
    public ResolvedCashFlowBond ToExercise(DateOnly exerciseDate, BondOptionKind? kind = null)
    {
        if (ExerciseDate is not null)
            throw new DomainException($"this bond is already priced to exercise on {ExerciseDate:yyyy-MM-dd}", "toExerciseDate");
        var matches = Bond.Options.Where(o => o.ExerciseDate == exerciseDate && (kind is null || o.Kind == kind)).ToList();
        if (matches.Count == 0)
            throw new DomainException(Bond.Options.Count == 0
                ? $"the bond has no call or put, so it has no exercise date {exerciseDate:yyyy-MM-dd}"
                : $"{exerciseDate:yyyy-MM-dd} is not an exercise date of the bond; its options: {string.Join(", ", Bond.Options.Select(o => $"{o.Kind.ToString().ToLowerInvariant()} {o.ExerciseDate:yyyy-MM-dd}"))}",
                "toExerciseDate");
        if (matches.Select(o => o.ExercisePrice).Distinct().Count() > 1)
            throw new DomainException($"a call and a put on {exerciseDate:yyyy-MM-dd} have different prices: say which is exercised", "toExerciseDate");
        if (exerciseDate <= EarliestSettlement)
            throw new DomainException($"the exercise date {exerciseDate:yyyy-MM-dd} is before the periods this bond was resolved for (from {EarliestSettlement:yyyy-MM-dd})", "toExerciseDate");
        var count = Array.IndexOf(_ends, exerciseDate) + 1;
        var periods = _periods[..count];
        var last = periods[^1];
        periods[^1] = last with { Principal = last.Outstanding * matches[0].ExercisePrice / 100 };
        return new ResolvedCashFlowBond(Bond, periods, AssumedBaseRate, exerciseDate);
    }

    /// The index of the period [start, end) that holds the settlement date.
    internal int PeriodOf(DateOnly settlement)
    {
        var i = Array.BinarySearch(_ends, settlement);
        return i >= 0 ? i + 1 : ~i;   // a coupon date starts the next period
    }

    internal ref readonly BondPeriod Period(int i) => ref _periods[i];
}
