using Platform.Analytics.Schedules;
using Platform.Analytics.Bonds;
using Platform.SharedKernel;
using Xunit;

namespace Platform.Analytics.Tests;

/// First stubs accrued by ACT/ACT ICMA on the notional periods (ICMA rule 251), checked by hand. Semi-annual 3 %
/// bond maturing 2030-01-01, issued 2025-02-10: notional periods 2025-01-01..2025-07-01 (181 days) and
/// 2025-07-01..2026-01-01 (184 days); the issue date is 141 days before 2025-07-01.
public sealed class StubBondTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static CouponBond Bond(StubConvention stub) =>
        CouponBond.Fixed(0.03, CouponFrequency.SemiAnnual, D("2025-02-10"), D("2030-01-01"), stub: stub);

    [Fact]
    public void A_short_first_coupon_pays_its_share_of_the_notional_period()
    {
        var resolved = Bond(StubConvention.ShortInitial).Resolve();
        var first = resolved.Periods[0];

        Assert.Equal((D("2025-02-10"), D("2025-07-01")), (first.Start, first.End));
        Assert.True(first.Accrual.IsStub);
        Assert.Equal(1.5 * 141 / 181, first.Coupon, 1e-12);
        Assert.Equal(1.5, resolved.Periods[1].Coupon, 1e-12);
        Assert.Equal(10, resolved.Periods.Length);

        // 2025-03-01 is 19 days after issue; w = 122/181 periods to the first coupon.
        var m = CashFlowBondPricer.FromYield(resolved, D("2025-03-01"), 0.025);
        Assert.Equal(1.5 * 19 / 181, m.Quoted.AccruedInterest, 1e-12);
        var w = 122.0 / 181;
        var expected = 1.5 * 141 / 181 * Math.Pow(1.0125, -w);
        for (var k = 1; k < 10; k++)
            expected += (k == 9 ? 101.5 : 1.5) * Math.Pow(1.0125, -(w + k));
        Assert.Equal(expected, m.Quoted.DirtyPrice, 1e-10);
    }

    [Fact]
    public void A_long_first_coupon_spans_two_notional_periods()
    {
        var resolved = Bond(StubConvention.LongInitial).Resolve();
        var first = resolved.Periods[0];

        Assert.Equal((D("2025-02-10"), D("2026-01-01")), (first.Start, first.End));
        Assert.Equal(1.5 * (141.0 / 181 + 1), first.Coupon, 1e-12);
        Assert.Equal(9, resolved.Periods.Length);

        // Before the notional break the first notional period's length counts, after it the second's.
        Assert.Equal(1.5 * 100 / 181, CashFlowBondPricer.FromYield(resolved, D("2025-05-21"), 0.025).Quoted.AccruedInterest, 1e-12);
        var after = CashFlowBondPricer.FromYield(resolved, D("2025-09-01"), 0.025);
        Assert.Equal(1.5 * (141.0 / 181 + 62.0 / 184), after.Quoted.AccruedInterest, 1e-12);

        // Settling before the break, w counts the rest of the first notional period plus the whole second one.
        var early = CashFlowBondPricer.CashFlows(resolved, D("2025-05-21"), 0.025);
        Assert.Equal((41.0 / 181 + 1) / 2, early[0].Years, 1e-12);
    }

    [Fact]
    public void A_stub_bond_round_trips_price_and_yield()
    {
        foreach (var stub in new[] { StubConvention.ShortInitial, StubConvention.LongInitial })
        {
            var resolved = Bond(stub).Resolve();
            var m = CashFlowBondPricer.FromYield(resolved, D("2025-04-30"), 0.0215);
            Assert.Equal(0.0215, CashFlowBondPricer.FromCleanPrice(resolved, D("2025-04-30"), m.Quoted.CleanPrice).Quoted.Yield, 1e-11);
            Assert.Equal(0.0215, CashFlowBondPricer.FromDirtyPrice(resolved, D("2025-04-30"), m.Quoted.DirtyPrice).Quoted.Yield, 1e-11);
        }
    }

    [Fact]
    public void A_one_period_bond_cannot_be_long_and_stays_short()
    {
        var resolved = CouponBond.Fixed(0.03, CouponFrequency.Annual, D("2025-02-10"), D("2026-01-01"), stub: StubConvention.LongInitial).Resolve();
        Assert.Equal(1, resolved.Periods.Length);
        Assert.Equal(3.0 * 325 / 365, resolved.Periods[0].Coupon, 1e-12);
    }

    [Fact]
    public void The_fixed_bond_points_to_the_type_that_takes_stubs()
    {
        var error = Assert.Throws<DomainException>(() => FixedCouponBond.Of(0.03, CouponFrequency.SemiAnnual, D("2025-02-10"), D("2030-01-01")));
        Assert.Equal("issueDate", error.Field);
        Assert.Contains("CouponBond", error.Message);
    }
}
