using Platform.Analytics.Solvers;
using Platform.SharedKernel;

namespace Platform.Analytics.Bonds;

/// Prices any resolved cash-flow bond (stubs, amortising, to exercise, floaters) by the China inter-bank yield
/// convention, the one <see cref="ChinaFixedBondPricer"/> applies to regular fixed bonds, and equal to it on them:
/// dirty = Σ CF_k·v^(w+k), v = 1/(1+y/f), w = notional periods to the next payment (ACT/ACT ICMA); in the final period
/// dirty = CF/(1 + y·D/TY), TY = days(final date − 1 year, final date). Prices in and out are per 100 OUTSTANDING face
/// (see <see cref="CashFlowBondMeasures"/>); doubles. Allocation-free except <see cref="CashFlows"/>.
public static class CashFlowBondPricer
{
    public static CashFlowBondMeasures FromYield(ResolvedCashFlowBond bond, DateOnly settlement, double yield)
    {
        CheckYield(yield);
        return Measures(bond, CashFlowPosition.Of(bond, settlement), yield);
    }

    /// Every measure at a clean price per 100 outstanding face, the yield solved to 1e-12.
    public static CashFlowBondMeasures FromCleanPrice(ResolvedCashFlowBond bond, DateOnly settlement, double cleanPrice)
    {
        CheckPrice(cleanPrice, "cleanPrice");
        var position = CashFlowPosition.Of(bond, settlement);
        var factor = position.Outstanding / 100;
        return Solve(bond, position, (cleanPrice + position.AccruedInterest / factor) * factor, cleanPrice, "cleanPrice");
    }

    /// Every measure at a dirty (full) price per 100 outstanding face.
    public static CashFlowBondMeasures FromDirtyPrice(ResolvedCashFlowBond bond, DateOnly settlement, double dirtyPrice)
    {
        CheckPrice(dirtyPrice, "dirtyPrice");
        var position = CashFlowPosition.Of(bond, settlement);
        var factor = position.Outstanding / 100;
        return Solve(bond, position, dirtyPrice * factor, dirtyPrice - position.AccruedInterest / factor, "dirtyPrice");
    }

    /// The payments left after settlement per 100 ORIGINAL face (what is paid), discounted at the yield as in the
    /// price: their present values sum to the dirty price per 100 original face.
    public static IReadOnlyList<BondCashFlow> CashFlows(ResolvedCashFlowBond bond, DateOnly settlement, double yield)
    {
        CheckYield(yield);
        var p = CashFlowPosition.Of(bond, settlement);
        var f = bond.FrequencyPerYear;
        var flows = new List<BondCashFlow>(p.RemainingPayments);
        for (var k = 0; k < p.RemainingPayments; k++)
        {
            ref readonly var period = ref bond.Period(p.Period + k);
            var (years, discount) = p.InFinalCouponPeriod
                ? (p.FinalPeriodYears, 1 / (1 + yield * p.FinalPeriodYears))
                : ((p.PeriodFractionToNext + k) / f, Math.Pow(1 + yield / f, -(p.PeriodFractionToNext + k)));
            flows.Add(new BondCashFlow(period.End, period.Coupon, period.Principal, years, discount));
        }
        return flows;
    }

    private static CashFlowBondMeasures Solve(ResolvedCashFlowBond bond, in CashFlowPosition position, double targetDirty, double cleanPrice, string field)
    {
        var guess = FirstGuess(bond, position, cleanPrice);
        var yield = YieldSolver.Solve(new DirtyPriceGap(bond, position, targetDirty), ChinaFixedBondPricer.MinYield, ChinaFixedBondPricer.MaxYield, guess, field);
        return Measures(bond, position, yield);
    }

    private static CashFlowBondMeasures Measures(ResolvedCashFlowBond bond, in CashFlowPosition position, double yield)
    {
        var dirty = ChinaYieldMath.Dirty(new ResolvedPayments(bond, position.Period, position.RemainingPayments), bond.FrequencyPerYear, position.PeriodFractionToNext,
            position.InFinalCouponPeriod, position.FinalPeriodYears, yield, out var firstDerivative, out var secondDerivative, out var dv01);
        var macaulay = position.InFinalCouponPeriod
            ? position.FinalPeriodYears
            : -firstDerivative / dirty * (1 + yield / bond.FrequencyPerYear);
        var factor = position.Outstanding / 100;
        var quoted = new BondMeasures((dirty - position.AccruedInterest) / factor, dirty / factor, position.AccruedInterest / factor, yield,
            macaulay, -firstDerivative / dirty, secondDerivative / dirty, dv01 / factor);
        return new CashFlowBondMeasures(quoted, factor, yield - bond.AssumedBaseRate);
    }

    /// As the fixed pricer's: (coupon + pull to par per year) / average of price and par, so Newton starts close.
    private static double FirstGuess(ResolvedCashFlowBond bond, in CashFlowPosition position, double cleanPrice)
    {
        var years = Math.Max((position.RemainingPayments - 1 + position.PeriodFractionToNext) / bond.FrequencyPerYear, 1.0 / 365);
        return (100 * bond.Period(position.Period).Rate + (100 - cleanPrice) / years) / ((100 + cleanPrice) / 2);
    }

    /// dirty(y) − target, per 100 original face, for the solver.
    private readonly struct DirtyPriceGap(ResolvedCashFlowBond bond, CashFlowPosition position, double target) : IDecreasingFunction
    {
        public double Evaluate(double y, out double derivative) => ChinaYieldMath.Dirty(new ResolvedPayments(bond, position.Period, position.RemainingPayments), bond.FrequencyPerYear,
            position.PeriodFractionToNext, position.InFinalCouponPeriod, position.FinalPeriodYears, y, out derivative) - target;
    }

    private static void CheckYield(double yield)
    {
        if (!double.IsFinite(yield) || yield < ChinaFixedBondPricer.MinYield || yield > ChinaFixedBondPricer.MaxYield)
            throw new DomainException($"yield must be a decimal between {ChinaFixedBondPricer.MinYield} and {ChinaFixedBondPricer.MaxYield} (0.0271 = 2.71 %), was {yield}", "yield");
    }

    private static void CheckPrice(double price, string field)
    {
        if (!double.IsFinite(price) || price <= 0 || price > 1000)
            throw new DomainException($"{(field == "cleanPrice" ? "clean" : "dirty")} price must be above 0 and at most 1000 per 100 face, was {price}", field);
    }
}
