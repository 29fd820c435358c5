using Platform.Analytics.Bonds;
using Platform.Analytics.DayCounts;
using Xunit;

namespace Platform.Analytics.Tests;

/// On a regular fixed-coupon bond the general cash-flow pricer must give what the fast fixed-bond pricer gives (which
/// the reference vectors pin), to 1e-10, for any bond: thousands of random ones, every measure, both directions.
public sealed class CashFlowBondEquivalenceTests
{
    private const double Tolerance = 1e-10;
    private static readonly int[] Frequencies = [1, 2, 4, 12];
    private static readonly DayCount[] DayCounts = [DayCount.ActActIcma, DayCount.ActActIcma, DayCount.ActActIcma, DayCount.Act365Fixed, DayCount.Act360, DayCount.Thirty360];

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 8));

    [Theory, MemberData(nameof(Seeds))]
    public void The_general_pricer_equals_the_fixed_pricer_on_random_regular_bonds(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 500; n++)
        {
            var (fixedBond, settlement, yield) = RandomBond(random);
            var general = CouponBond.From(fixedBond).Resolve();
            var resolved = new ResolvedFixedBond(fixedBond);
            var context = $"seed {seed} bond {n}: {fixedBond} settled {settlement:yyyy-MM-dd} at {yield}";

            var expected = ChinaFixedBondPricer.FromYield(resolved, settlement, yield);
            var actual = CashFlowBondPricer.FromYield(general, settlement, yield);
            Same(expected, actual.Quoted, context);
            Assert.Equal(1.0, actual.OutstandingFactor);
            Same(expected, actual.PerOriginalFace, context);

            var fromPrice = CashFlowBondPricer.FromCleanPrice(general, settlement, expected.CleanPrice);
            Same(ChinaFixedBondPricer.FromCleanPrice(resolved, settlement, expected.CleanPrice), fromPrice.Quoted, context);

            var expectedFlows = ChinaFixedBondPricer.CashFlows(resolved, settlement, yield);
            var actualFlows = CashFlowBondPricer.CashFlows(general, settlement, yield);
            Assert.Equal(expectedFlows.Count, actualFlows.Count);
            for (var k = 0; k < expectedFlows.Count; k++)
            {
                Assert.Equal(expectedFlows[k].PaymentDate, actualFlows[k].PaymentDate);
                Assert.Equal(expectedFlows[k].Amount, actualFlows[k].Amount, Tolerance);
                Assert.Equal(expectedFlows[k].DiscountFactor, actualFlows[k].DiscountFactor, Tolerance);
            }
        }
    }

    private static (FixedCouponBond Bond, DateOnly Settlement, double Yield) RandomBond(Random random)
    {
        var frequency = CouponFrequency.Of(Frequencies[random.Next(Frequencies.Length)]);
        var maturity = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 365 * 30));
        var periods = random.Next(1, 30 * frequency.PerYear / (random.Next(2) == 0 ? 1 : 3) + 1);
        var issue = maturity.AddMonths(-periods * frequency.MonthsPerPeriod);
        var bond = FixedCouponBond.Of(Math.Round(random.NextDouble() * 0.08, 4), frequency, issue, maturity, DayCounts[random.Next(DayCounts.Length)]);
        var settlement = issue.AddDays(random.Next(0, maturity.DayNumber - issue.DayNumber));
        var yield = -0.01 + random.NextDouble() * 0.16;
        return (bond, settlement, yield);
    }

    private static void Same(BondMeasures expected, BondMeasures actual, string context)
    {
        Near(expected.CleanPrice, actual.CleanPrice, "clean", context);
        Near(expected.DirtyPrice, actual.DirtyPrice, "dirty", context);
        Near(expected.AccruedInterest, actual.AccruedInterest, "accrued", context);
        Near(expected.Yield, actual.Yield, "yield", context);
        Near(expected.MacaulayDuration, actual.MacaulayDuration, "macaulay", context);
        Near(expected.ModifiedDuration, actual.ModifiedDuration, "modified", context);
        Near(expected.Convexity, actual.Convexity, "convexity", context);
        Near(expected.Dv01, actual.Dv01, "dv01", context);
    }

    private static void Near(double expected, double actual, string what, string context) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance * Math.Max(1, Math.Abs(expected)),
            $"{context}: {what} expected {expected:R}, got {actual:R}");
}
