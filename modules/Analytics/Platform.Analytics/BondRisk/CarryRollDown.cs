namespace Platform.Analytics.BondRisk;

/// What a bond earns over a horizon if nothing moves (carry 持有收益) and if its yield rolls down the curve with the
/// spread held (roll-down 骑乘收益), per 100 face. Doubles: analytics values.
/// Carry = dirty at the horizon at the same yield + coupons received − dirty today − financing of today's dirty price
/// at the repo rate (simple ACT/365). Roll-down = dirty at the horizon at (curve yield at the shorter maturity + spread)
/// − dirty at the horizon at the same yield.
public readonly record struct CarryRollDown(
    DateOnly HorizonDate,
    double CouponIncome,
    double PullToPar,
    double FinancingCost,
    double Carry,
    double RollDownYield,
    double RollDown)
{
    public double Total => Carry + RollDown;
}
