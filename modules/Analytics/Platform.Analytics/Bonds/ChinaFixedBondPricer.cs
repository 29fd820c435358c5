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
    private const double OneBasisPoint = 1e-4;

    /// Every measure at a yield.
    public static BondMeasures FromYield(ResolvedFixedBond bond, DateOnly settlement, double yield)
    {
        CheckYield(yield);
        var position = SettlementPosition.Of(bond, settlement);
        var dirty = Dirty(bond, position, yield, out var firstDerivative, out var secondDerivative);
        var macaulay = position.InFinalCouponPeriod
            ? position.FinalPeriodYears
            : -firstDerivative / dirty * (1 + yield / bond.Bond.Frequency.PerYear);
        var dv01 = (Dirty(bond, position, yield - OneBasisPoint, out _, out _) - Dirty(bond, position, yield + OneBasisPoint, out _, out _)) / 2;
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
        var yield = YieldSolver.Solve(y => (Dirty(bond, position, y, out var d1, out _) - target, d1), MinYield, MaxYield, bond.Bond.CouponRate, "cleanPrice");
        return FromYield(bond, settlement, yield);
    }

    /// The dirty price at a yield with its first and second derivatives in the yield.
    internal static double Dirty(ResolvedFixedBond resolved, in SettlementPosition p, double y, out double firstDerivative, out double secondDerivative)
    {
        var bond = resolved.Bond;
        var coupon = bond.CouponPerPeriod;
        if (p.InFinalCouponPeriod)
        {
            var t = p.FinalPeriodYears;
            var growth = 1 + y * t;
            var price = (100 + coupon) / growth;
            firstDerivative = -price * t / growth;
            secondDerivative = 2 * price * t * t / (growth * growth);
            return price;
        }
        var f = bond.Frequency.PerYear;
        var onePlus = 1 + y / f;
        var v = 1 / onePlus;
        var discount = Math.Pow(v, p.PeriodFractionToNext);
        double sum = 0, sumT = 0, sumTT = 0;
        for (var k = 0; k < p.RemainingPayments; k++)
        {
            var cash = k == p.RemainingPayments - 1 ? coupon + 100 : coupon;
            var t = (p.PeriodFractionToNext + k) / f;
            var pv = cash * discount;
            sum += pv;
            sumT += pv * t;
            sumTT += pv * t * (t + 1.0 / f);
            discount *= v;
        }
        firstDerivative = -sumT / onePlus;
        secondDerivative = sumTT / (onePlus * onePlus);
        return sum;
    }

    private static void CheckYield(double yield)
    {
        if (!double.IsFinite(yield) || yield < MinYield || yield > MaxYield)
            throw new DomainException($"yield must be a decimal between {MinYield} and {MaxYield} (0.0271 = 2.71 %), was {yield}", "yield");
    }
}
