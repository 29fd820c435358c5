using Platform.Analytics.Solvers;
using Platform.SharedKernel;

namespace Platform.Analytics.Bonds;

/// Prices fixed-coupon bonds by the China inter-bank yield convention (中债/外汇交易中心): compounded at the coupon
/// frequency, dirty = Σ C/f·v^(w+k) + 100·v^(w+n−1) with v = 1/(1+y/f); in the final coupon period simple interest,
/// dirty = (100 + C/f)/(1 + y·D/TY) with TY the days of the current interest year. Prices per 100 face; doubles.
public static class ChinaFixedBondPricer
{
    public const double MinYield = -0.2;
    public const double MaxYield = 1.0;

    /// Every measure at a yield.
    public static BondMeasures FromYield(ResolvedFixedBond bond, DateOnly settlement, double yield)
    {
        CheckYield(yield);
        return Measures(bond, SettlementPosition.Of(bond, settlement), yield);
    }

    private static BondMeasures Measures(ResolvedFixedBond bond, in SettlementPosition position, double yield)
    {
        var dirty = Dirty(bond, position, yield, out var firstDerivative, out var secondDerivative, out var dv01);
        var macaulay = position.InFinalCouponPeriod
            ? position.FinalPeriodYears
            : -firstDerivative / dirty * (1 + yield / bond.Bond.Frequency.PerYear);
        return new BondMeasures(dirty - position.AccruedInterest, dirty, position.AccruedInterest, yield,
            macaulay, -firstDerivative / dirty, secondDerivative / dirty, dv01);
    }

    /// Every measure at a clean price, the yield solved to 1e-12.
    public static BondMeasures FromCleanPrice(ResolvedFixedBond bond, DateOnly settlement, double cleanPrice)
    {
        if (!double.IsFinite(cleanPrice) || cleanPrice <= 0 || cleanPrice > 1000)
            throw new DomainException($"clean price must be above 0 and at most 1000 per 100 face, was {cleanPrice}", "cleanPrice");
        var position = SettlementPosition.Of(bond, settlement);
        var target = cleanPrice + position.AccruedInterest;
        var yield = YieldSolver.Solve(new DirtyPriceGap(bond, position, target), MinYield, MaxYield, FirstGuess(bond.Bond, position, cleanPrice), "cleanPrice");
        return Measures(bond, position, yield);
    }

    /// The payments left after settlement, discounted at the yield by the same convention as the price: their present
    /// values sum to the dirty price.
    public static IReadOnlyList<BondCashFlow> CashFlows(ResolvedFixedBond bond, DateOnly settlement, double yield)
    {
        CheckYield(yield);
        var p = SettlementPosition.Of(bond, settlement);
        var f = bond.Bond.Frequency.PerYear;
        var dates = bond.Schedule.Dates;
        var flows = new List<BondCashFlow>(p.RemainingPayments);
        for (var k = 0; k < p.RemainingPayments; k++)
        {
            var principal = k == p.RemainingPayments - 1 ? 100.0 : 0.0;
            var (years, discount) = p.InFinalCouponPeriod
                ? (p.FinalPeriodYears, 1 / (1 + yield * p.FinalPeriodYears))
                : ((p.PeriodFractionToNext + k) / f, Math.Pow(1 + yield / f, -(p.PeriodFractionToNext + k)));
            flows.Add(new BondCashFlow(dates[dates.Length - p.RemainingPayments + k], bond.Bond.CouponPerPeriod, principal, years, discount));
        }
        return flows;
    }

    /// The textbook approximation (coupon + pull to par per year) / average of price and par: Newton starts close.
    private static double FirstGuess(FixedCouponBond bond, in SettlementPosition position, double cleanPrice)
    {
        var years = Math.Max((position.RemainingPayments - 1 + position.PeriodFractionToNext) / bond.Frequency.PerYear, 1.0 / 365);
        return (100 * bond.CouponRate + (100 - cleanPrice) / years) / ((100 + cleanPrice) / 2);
    }

    /// dirty(y) − target, for the solver.
    private readonly struct DirtyPriceGap(ResolvedFixedBond bond, SettlementPosition position, double target) : IDecreasingFunction
    {
        public double Evaluate(double y, out double derivative) => Dirty(bond, position, y, out derivative) - target;
    }

    /// The dirty price at a yield and its first derivative: what the yield solver needs.
    internal static double Dirty(ResolvedFixedBond resolved, in SettlementPosition p, double y, out double firstDerivative) =>
        ChinaYieldMath.Dirty(Payments(resolved, p), resolved.Bond.Frequency.PerYear, p.PeriodFractionToNext, p.InFinalCouponPeriod, p.FinalPeriodYears, y,
            out firstDerivative);

    /// The dirty price, its first and second derivatives, and DV01 in one pass (see <see cref="ChinaYieldMath"/>).
    internal static double Dirty(ResolvedFixedBond resolved, in SettlementPosition p, double y, out double firstDerivative, out double secondDerivative, out double dv01) =>
        ChinaYieldMath.Dirty(Payments(resolved, p), resolved.Bond.Frequency.PerYear, p.PeriodFractionToNext, p.InFinalCouponPeriod, p.FinalPeriodYears, y,
            out firstDerivative, out secondDerivative, out dv01);

    private static RegularPayments Payments(ResolvedFixedBond resolved, in SettlementPosition p) =>
        new(resolved.Bond.CouponPerPeriod, p.RemainingPayments);

    private static void CheckYield(double yield)
    {
        if (!double.IsFinite(yield) || yield < MinYield || yield > MaxYield)
            throw new DomainException($"yield must be a decimal between {MinYield} and {MaxYield} (0.0271 = 2.71 %), was {yield}", "yield");
    }
}
