using Platform.Analytics.Bonds;
using Platform.SharedKernel;
using Xunit;

namespace Platform.Analytics.Tests;

/// An amortising bond 提前还本 checked by hand: 5-year 4 % annual, issued 2025-03-15, 20 % of the original face repaid
/// on each of the first four anniversaries and the last 20 % at maturity. Coupons are paid on the outstanding face.
public sealed class AmortisingBondTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static CouponBond Bond() =>
        CouponBond.Fixed(0.04, CouponFrequency.Annual, D("2025-03-15"), D("2030-03-15"))
            .WithRepayments([new(D("2026-03-15"), 20), new(D("2027-03-15"), 20), new(D("2028-03-15"), 20), new(D("2029-03-15"), 20)]);

    [Fact]
    public void Coupons_are_paid_on_the_outstanding_face()
    {
        var periods = Bond().Resolve().Periods.ToArray();

        Assert.Equal([100.0, 80, 60, 40, 20], periods.Select(p => p.Outstanding));
        Assert.Equal([20.0, 20, 20, 20, 20], periods.Select(p => p.Principal));
        Assert.Equal([4.0, 3.2, 2.4, 1.6, 0.8], periods.Select(p => Math.Round(p.Coupon, 12)));
    }

    [Fact]
    public void Accrued_and_prices_are_quoted_per_100_outstanding_and_scale_to_the_original_face()
    {
        var bond = Bond().Resolve();
        var settlement = D("2027-09-15");   // 184 days into 2027-03-15..2028-03-15 (366 days), 60 outstanding

        var m = CashFlowBondPricer.FromYield(bond, settlement, 0.03);

        Assert.Equal(0.6, m.OutstandingFactor, 1e-15);
        Assert.Equal(4.0 * 184 / 366, m.Quoted.AccruedInterest, 1e-12);
        Assert.Equal(2.4 * 184 / 366, m.PerOriginalFace.AccruedInterest, 1e-12);
        var w = 182.0 / 366;
        var dirtyOriginal = 22.4 * Math.Pow(1.03, -w) + 21.6 * Math.Pow(1.03, -(w + 1)) + 20.8 * Math.Pow(1.03, -(w + 2));
        Assert.Equal(dirtyOriginal, m.PerOriginalFace.DirtyPrice, 1e-10);
        Assert.Equal(dirtyOriginal / 0.6, m.Quoted.DirtyPrice, 1e-10);
        Assert.Equal(m.Quoted.DirtyPrice - m.Quoted.AccruedInterest, m.Quoted.CleanPrice, 1e-12);
    }

    [Fact]
    public void The_remaining_cash_flows_are_what_is_paid_and_discount_to_the_dirty_price()
    {
        var bond = Bond().Resolve();
        var flows = CashFlowBondPricer.CashFlows(bond, D("2027-09-15"), 0.03);
        var m = CashFlowBondPricer.FromYield(bond, D("2027-09-15"), 0.03);

        Assert.Equal([22.4, 21.6, 20.8], flows.Select(f => Math.Round(f.Amount, 12)));
        Assert.Equal(60, flows.Sum(f => f.Principal), 12);
        Assert.Equal(m.PerOriginalFace.DirtyPrice, flows.Sum(f => f.PresentValue), 1e-10);
    }

    [Fact]
    public void On_a_repayment_date_the_next_period_outstanding_counts()
    {
        var m = CashFlowBondPricer.FromYield(Bond().Resolve(), D("2028-03-15"), 0.03);
        Assert.Equal(0.4, m.OutstandingFactor, 1e-15);
        Assert.Equal(0, m.Quoted.AccruedInterest);
    }

    [Fact]
    public void Price_and_yield_round_trip_per_100_outstanding()
    {
        var bond = Bond().Resolve();
        var m = CashFlowBondPricer.FromYield(bond, D("2026-07-01"), 0.0275);
        Assert.Equal(0.0275, CashFlowBondPricer.FromCleanPrice(bond, D("2026-07-01"), m.Quoted.CleanPrice).Quoted.Yield, 1e-11);
        Assert.Equal(0.0275, CashFlowBondPricer.FromDirtyPrice(bond, D("2026-07-01"), m.Quoted.DirtyPrice).Quoted.Yield, 1e-11);
    }

    [Theory]
    [InlineData("2026-04-15", 20, "not a coupon date")]
    [InlineData("2026-03-15", 0, "above 0")]
    [InlineData("2026-03-15", 120, "above 0")]
    [InlineData("2031-03-15", 20, "outside the bond's life")]
    public void Bad_repayments_are_refused(string date, double percent, string says)
    {
        var error = Assert.Throws<DomainException>(() => CouponBond.Fixed(0.04, CouponFrequency.Annual, D("2025-03-15"), D("2030-03-15")).WithRepayments([new(D(date), percent)]));
        Assert.Equal("repayments", error.Field);
        Assert.Contains(says, error.Message);
    }

    [Fact]
    public void Repayments_that_reach_the_whole_face_early_or_overshoot_are_refused()
    {
        var bond = CouponBond.Fixed(0.04, CouponFrequency.Annual, D("2025-03-15"), D("2030-03-15"));
        Assert.Contains("before maturity", Assert.Throws<DomainException>(() => bond.WithRepayments([new(D("2026-03-15"), 60), new(D("2027-03-15"), 40)])).Message);
        Assert.Contains("add up to 110", Assert.Throws<DomainException>(() => bond.WithRepayments([new(D("2026-03-15"), 60), new(D("2030-03-15"), 50)])).Message);
    }
}
