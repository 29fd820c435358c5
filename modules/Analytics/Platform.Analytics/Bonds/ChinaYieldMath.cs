namespace Platform.Analytics.Bonds;

/// The China inter-bank yield convention over any remaining payments, for every bond pricer: compounded at the coupon
/// frequency, dirty = Σ CF_k·v^(w+k), v = 1/(1+y/f); in the final coupon period simple interest, dirty = CF/(1 + y·t).
/// Prices per 100 face; doubles.
internal static class ChinaYieldMath
{
    private const double OneBasisPoint = 1e-4;

    /// The dirty price and its first derivative: what the yield solver needs.
    public static double Dirty<T>(in T payments, int perYear, double w, bool finalPeriod, double finalYears, double y, out double firstDerivative)
        where T : struct, IRemainingPayments
    {
        if (finalPeriod)
        {
            var growth = 1 + y * finalYears;
            var price = payments.Payment(0) / growth;
            firstDerivative = -price * finalYears / growth;
            return price;
        }
        var onePlus = 1 + y / perYear;
        var v = 1 / onePlus;
        var discount = Math.Pow(v, w);
        double sum = 0, sumT = 0;
        for (var k = 0; k < payments.Count; k++)
        {
            var pv = payments.Payment(k) * discount;
            sum += pv;
            sumT += pv * (w + k) / perYear;
            discount *= v;
        }
        firstDerivative = -sumT / onePlus;
        return sum;
    }

    /// The dirty price, its first and second derivatives, and DV01 = (P(y−1bp) − P(y+1bp))/2, in one pass over the
    /// cash flows. DV01 comes from the Taylor series of that central difference, −h·P′ − h³·P‴/6, whose next term
    /// (h⁵·P⁽⁵⁾/120) is below 1e-12 per 100 face even for a 50-year bond: the same number without two more Pow chains.
    public static double Dirty<T>(in T payments, int perYear, double w, bool finalPeriod, double finalYears, double y,
        out double firstDerivative, out double secondDerivative, out double dv01) where T : struct, IRemainingPayments
    {
        if (finalPeriod)
        {
            var t = finalYears;
            var cash = payments.Payment(0);
            var growth = 1 + y * t;
            var price = cash / growth;
            firstDerivative = -price * t / growth;
            secondDerivative = 2 * price * t * t / (growth * growth);
            dv01 = (cash / (1 + (y - OneBasisPoint) * t) - cash / (1 + (y + OneBasisPoint) * t)) / 2;
            return price;
        }
        var step = 1.0 / perYear;
        var onePlus = 1 + y / perYear;
        var v = 1 / onePlus;
        var discount = Math.Pow(v, w);
        double sum = 0, sumT = 0, sumTT = 0, sumTTT = 0;
        for (var k = 0; k < payments.Count; k++)
        {
            var t = (w + k) * step;
            var pv = payments.Payment(k) * discount;
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
