using Platform.SharedKernel;

namespace Platform.Analytics.Bonds;

/// Zero-coupon and discount bonds (贴现国债, 同业存单) by the China convention on actual days D to maturity:
/// price = 100/(1 + y·D/365) up to one year, 100/(1+y)^(D/365) beyond. Yield from price is closed-form. Doubles.
public static class ChinaZeroBondPricer
{
    private const double OneBasisPoint = 1e-4;

    public static BondMeasures FromYield(DateOnly maturity, DateOnly settlement, double yield)
    {
        if (!double.IsFinite(yield) || yield < ChinaFixedBondPricer.MinYield || yield > ChinaFixedBondPricer.MaxYield)
            throw new DomainException($"yield must be a decimal between {ChinaFixedBondPricer.MinYield} and {ChinaFixedBondPricer.MaxYield}, was {yield}", "yield");
        var days = DaysToMaturity(maturity, settlement);
        var t = days / 365.0;
        var price = Price(days, yield);
        var modified = days <= 365 ? t / (1 + yield * t) : t / (1 + yield);
        var macaulay = t;
        var convexity = days <= 365 ? 2 * t * t / Math.Pow(1 + yield * t, 2) : t * (t + 1) / Math.Pow(1 + yield, 2);
        var dv01 = (Price(days, yield - OneBasisPoint) - Price(days, yield + OneBasisPoint)) / 2;
        return new BondMeasures(price, price, 0, yield, macaulay, modified, convexity, dv01);
    }

    public static BondMeasures FromPrice(DateOnly maturity, DateOnly settlement, double price)
    {
        if (!double.IsFinite(price) || price <= 0 || price > 1000)
            throw new DomainException($"price must be above 0 and at most 1000 per 100 face, was {price}", "cleanPrice");
        var days = DaysToMaturity(maturity, settlement);
        var t = days / 365.0;
        var yield = days <= 365 ? (100 / price - 1) / t : Math.Pow(100 / price, 1 / t) - 1;
        if (!(yield >= ChinaFixedBondPricer.MinYield && yield <= ChinaFixedBondPricer.MaxYield))
            throw new DomainException($"no yield between {ChinaFixedBondPricer.MinYield:P0} and {ChinaFixedBondPricer.MaxYield:P0} gives this price", "cleanPrice");
        return FromYield(maturity, settlement, yield);
    }

    private static double Price(int days, double yield) =>
        days <= 365 ? 100 / (1 + yield * days / 365.0) : 100 / Math.Pow(1 + yield, days / 365.0);

    private static int DaysToMaturity(DateOnly maturity, DateOnly settlement) =>
        maturity > settlement
            ? maturity.DayNumber - settlement.DayNumber
            : throw new DomainException($"settlement {settlement:yyyy-MM-dd} is on or after maturity {maturity:yyyy-MM-dd}: nothing is left to price", "settlementDate");
}
