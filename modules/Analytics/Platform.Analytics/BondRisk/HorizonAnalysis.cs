using Platform.Analytics.Bonds;
using Platform.SharedKernel;

namespace Platform.Analytics.BondRisk;

/// Carry and roll-down of a fixed-coupon bond over a horizon, and its I-spread, against a yield curve given as a function
/// of years to maturity (a fitted government curve, or interpolated swap rates). Doubles: analytics values.
public static class HorizonAnalysis
{
    /// I-spread 利差: the bond's yield minus the curve's yield at the bond's years to maturity (ACT/365F).
    public static double ISpread(double bondYield, DateOnly settlement, DateOnly maturity, Func<double, double> curveYield) =>
        bondYield - curveYield((maturity.DayNumber - settlement.DayNumber) / 365.0);

    public static CarryRollDown Analyse(ResolvedFixedBond bond, DateOnly settlement, double yield, DateOnly horizon, Func<double, double> curveYield, double repoRate = 0)
    {
        if (horizon <= settlement || horizon >= bond.Bond.MaturityDate)
            throw new DomainException($"the horizon {horizon:yyyy-MM-dd} must be after settlement and before maturity {bond.Bond.MaturityDate:yyyy-MM-dd}", "horizonDate");
        if (!double.IsFinite(repoRate) || repoRate <= -0.2 || repoRate >= 1)
            throw new DomainException($"repo rate must be a decimal between -0.2 and 1, was {repoRate}", "repoRate");
        var today = ChinaFixedBondPricer.FromYield(bond, settlement, yield);
        var atSameYield = ChinaFixedBondPricer.FromYield(bond, horizon, yield);
        double coupons = 0;
        foreach (var date in bond.Schedule.Dates)
            if (date > settlement && date <= horizon) coupons += bond.Bond.CouponPerPeriod;
        var days = horizon.DayNumber - settlement.DayNumber;
        var financing = today.DirtyPrice * repoRate * days / 365.0;
        var couponIncome = coupons + atSameYield.AccruedInterest - today.AccruedInterest;
        var carry = atSameYield.DirtyPrice + coupons - today.DirtyPrice - financing;
        var spread = ISpread(yield, settlement, bond.Bond.MaturityDate, curveYield);
        var rolledYield = curveYield((bond.Bond.MaturityDate.DayNumber - horizon.DayNumber) / 365.0) + spread;
        var rolled = ChinaFixedBondPricer.FromYield(bond, horizon, rolledYield);
        return new CarryRollDown(horizon, couponIncome, atSameYield.CleanPrice - today.CleanPrice, financing, carry, rolledYield,
            rolled.DirtyPrice - atSameYield.DirtyPrice);
    }
}
