using Platform.Analytics.Bonds;

namespace Platform.Benchmarks;

/// A seeded book of fixed-coupon bonds drawn as in BondPortfolioBenchmarks: issued 2016–2025, 1–30 years, coupons
/// 1–5 %, annual or semi-annual, each still alive at the settlement date. The same seed gives the same book every run.
internal static class RandomFixedBonds
{
    public static FixedCouponBond[] Generate(int count, DateOnly settlement, Random random)
    {
        var bonds = new FixedCouponBond[count];
        for (var i = 0; i < count; i++)
        {
            var issue = new DateOnly(2016 + random.Next(10), 1 + random.Next(12), 1 + random.Next(28));
            var maturity = issue.AddYears(1 + random.Next(30));
            if (maturity <= settlement) maturity = maturity.AddYears(10);
            bonds[i] = FixedCouponBond.Of(0.01 + random.NextDouble() * 0.04, random.Next(2) == 0 ? CouponFrequency.Annual : CouponFrequency.SemiAnnual, issue, maturity);
        }
        return bonds;
    }
}
