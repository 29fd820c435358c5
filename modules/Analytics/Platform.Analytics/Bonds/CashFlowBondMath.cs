namespace Platform.Analytics.Bonds;

/// The dirty price per 100 original face at a yield and its derivatives, by the China inter-bank convention: the
/// same formulas as <see cref="ChinaFixedBondPricer"/>, over the resolved payments instead of a constant coupon.
internal static class CashFlowBondMath
{
    private const double OneBasisPoint = 1e-4;

    /// The dirty price and its first derivative: what the yield solver needs.
    public static double Dirty(ResolvedCashFlowBond bond, in CashFlowPosition p, double y, out double firstDerivative)
    {
        if (p.InFinalCouponPeriod)
        {
            var growth = 1 + y * p.FinalPeriodYears;
            var price = bond.Period(p.Period).Payment / growth;
            firstDerivative = -price * p.FinalPeriodYears / growth;
            return price;
        }
        var f = bond.FrequencyPerYear;
        var onePlus = 1 + y / f;
        var v = 1 / onePlus;
        var discount = Math.Pow(v, p.PeriodFractionToNext);
        double sum = 0, sumT = 0;
        for (var k = 0; k < p.RemainingPayments; k++)
        {
            var pv = bond.Period(p.Period + k).Payment * discount;
            sum += pv;
            sumT += pv * (p.PeriodFractionToNext + k) / f;
            discount *= v;
        }
        firstDerivative = -sumT / onePlus;
        return sum;
    }

    /// The dirty price, its first and second derivatives and DV01 = (P(y−1bp) − P(y+1bp))/2 in one pass, DV01 from
    /// the Taylor series −h·P′ − h³·P‴/6 of that difference (see <see cref="ChinaFixedBondPricer"/>).
    public static double Dirty(ResolvedCashFlowBond bond, in CashFlowPosition p, double y, out double firstDerivative, out double secondDerivative, out double dv01)
    {
        if (p.InFinalCouponPeriod)
        {
            var t = p.FinalPeriodYears;
            var cash = bond.Period(p.Period).Payment;
            var growth = 1 + y * t;
            var price = cash / growth;
            firstDerivative = -price * t / growth;
            secondDerivative = 2 * price * t * t / (growth * growth);
            dv01 = (cash / (1 + (y - OneBasisPoint) * t) - cash / (1 + (y + OneBasisPoint) * t)) / 2;
            return price;
        }
        var f = bond.FrequencyPerYear;
        var step = 1.0 / f;
        var onePlus = 1 + y / f;
        var v = 1 / onePlus;
        var w = p.PeriodFractionToNext;
        var discount = Math.Pow(v, w);
        double sum = 0, sumT = 0, sumTT = 0, sumTTT = 0;
        for (var k = 0; k < p.RemainingPayments; k++)
        {
            var t = (w + k) * step;
            var pv = bond.Period(p.Period + k).Payment * discount;
            var pvT = pv * t;
            var pvTT = pvT * (t + step);
            sum += pv;
            sumT += pvT;
            sumTT += pvTT;
            sumTTT += pvTT * (t + 2 * step);
            discount *= v;
        }
        firstDerivative = -sumT / onePlus;
        secondDerivative = sumTT / (onePlus * onePlus);
        var thirdDerivative = -sumTTT / (onePlus * onePlus * onePlus);
        const double h = OneBasisPoint;
        dv01 = -h * firstDerivative - h * h * h * thirdDerivative / 6;
        return sum;
    }
}
