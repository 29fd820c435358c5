using Platform.Analytics.Bonds;
using Platform.Analytics.DayCounts;
using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Trading.Domain.Pricing;

/// A bond's terms resolved once for Analytics, priced many times: zero-coupon and discount bonds by the zero pricer,
/// regular fixed bonds by the fast fixed pricer, and the rest (short first periods, one coupon paid with the principal,
/// calls and puts) by the general cash-flow pricer. Prices and yields are doubles (analytics values), per 100 face.
public sealed class PricedBond
{
    private readonly DateOnly _maturity;
    private readonly ResolvedFixedBond? _fixed;
    private readonly ResolvedCashFlowBond? _general;
    private readonly ResolvedCashFlowBond? _toExercise;

    public string BondId { get; }
    public DateOnly? ExerciseDate { get; }

    private PricedBond(string bondId, DateOnly maturity, ResolvedFixedBond? @fixed, ResolvedCashFlowBond? general, ResolvedCashFlowBond? toExercise, DateOnly? exerciseDate) =>
        (BondId, _maturity, _fixed, _general, _toExercise, ExerciseDate) = (bondId, maturity, @fixed, general, toExercise, exerciseDate);

    public static PricedBond Of(BondView bond)
    {
        if (bond.CouponType == CouponTypes.Zero || bond.CouponRate is null)
            return new PricedBond(bond.BondId, bond.MaturityDate, null, null, null, null);
        var rate = (double)bond.CouponRate.Value;
        var frequency = CouponFrequency.Of(bond.Frequency);
        var dayCount = DayCounts.Parse(bond.DayCount);
        if (bond.OptionKind is null && IsRegular(bond))
            return new PricedBond(bond.BondId, bond.MaturityDate, new ResolvedFixedBond(FixedCouponBond.Of(rate, frequency, bond.IssueDate, bond.MaturityDate, dayCount)), null, null, null);
        var general = CouponBond.Fixed(rate, frequency, bond.IssueDate, bond.MaturityDate, dayCount);
        if (bond.OptionKind is { } kind && bond.OptionDate is { } date)
        {
            general = general.WithOptions([new EmbeddedOption(kind == "Call" ? BondOptionKind.Call : BondOptionKind.Put, date, (double)(bond.OptionPrice ?? 100m))]);
            var resolved = general.Resolve();
            return new PricedBond(bond.BondId, bond.MaturityDate, null, resolved, resolved.ToExercise(date), date);
        }
        return new PricedBond(bond.BondId, bond.MaturityDate, null, general.Resolve(), null, null);
    }

    /// Measures from a yield, to maturity or (when the bond has an option and <paramref name="toExercise"/>) to exercise.
    public BondMeasures FromYield(DateOnly settlement, double yield, bool toExercise = false)
    {
        Check(settlement, toExercise);
        if (_fixed is not null) return ChinaFixedBondPricer.FromYield(_fixed, settlement, yield);
        if (Resolved(toExercise) is { } general) return CashFlowBondPricer.FromYield(general, settlement, yield).Quoted;
        return ChinaZeroBondPricer.FromYield(_maturity, settlement, yield);
    }

    public BondMeasures FromCleanPrice(DateOnly settlement, double cleanPrice, bool toExercise = false)
    {
        Check(settlement, toExercise);
        if (_fixed is not null) return ChinaFixedBondPricer.FromCleanPrice(_fixed, settlement, cleanPrice);
        if (Resolved(toExercise) is { } general) return CashFlowBondPricer.FromCleanPrice(general, settlement, cleanPrice).Quoted;
        return ChinaZeroBondPricer.FromPrice(_maturity, settlement, cleanPrice);
    }

    public BondMeasures FromDirtyPrice(DateOnly settlement, double dirtyPrice, bool toExercise = false)
    {
        Check(settlement, toExercise);
        if (Resolved(toExercise) is { } general) return CashFlowBondPricer.FromDirtyPrice(general, settlement, dirtyPrice).Quoted;
        if (_fixed is not null)
        {
            var accrued = ChinaFixedBondPricer.FromYield(_fixed, settlement, 0.02).AccruedInterest;
            return ChinaFixedBondPricer.FromCleanPrice(_fixed, settlement, dirtyPrice - accrued);
        }
        return ChinaZeroBondPricer.FromPrice(_maturity, settlement, dirtyPrice);
    }

    private ResolvedCashFlowBond? Resolved(bool toExercise) => toExercise ? _toExercise : _general;

    private void Check(DateOnly settlement, bool toExercise)
    {
        if (settlement >= _maturity)
            throw new DomainException(new LocalizedText($"结算日 {settlement:yyyy-MM-dd} 不早于到期日 {_maturity:yyyy-MM-dd}，债券已到期",
                $"settlement {settlement:yyyy-MM-dd} is not before maturity {_maturity:yyyy-MM-dd}: the bond has matured").Current, "settlementDate");
        if (toExercise && _toExercise is null)
            throw new DomainException(new LocalizedText("该债券无行权日，不能按行权收益率计算", "the bond has no call or put, so it has no yield to exercise").Current, "yieldBasis");
        if (toExercise && settlement >= ExerciseDate)
            throw new DomainException(new LocalizedText($"结算日不早于行权日 {ExerciseDate:yyyy-MM-dd}", $"settlement is not before the exercise date {ExerciseDate:yyyy-MM-dd}").Current, "yieldBasis");
    }

    /// Whether the issue date is on the schedule counted back from maturity (no first stub).
    private static bool IsRegular(BondView bond)
    {
        if (bond.Frequency is not (1 or 2 or 4 or 12) || bond.MaturityDate <= bond.IssueDate) return false;
        var months = 12 / bond.Frequency;
        var periods = (bond.MaturityDate.Year - bond.IssueDate.Year) * 12 + bond.MaturityDate.Month - bond.IssueDate.Month;
        return periods % months == 0 && periods > 0 && bond.MaturityDate.AddMonths(-periods) == bond.IssueDate;
    }
}
