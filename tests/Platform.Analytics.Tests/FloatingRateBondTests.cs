using Platform.Analytics.Bonds;
using Platform.Analytics.Indices;
using Platform.SharedKernel;
using Xunit;

namespace Platform.Analytics.Tests;

/// Floaters 浮动利率债: the current coupon from the fixing the business day before the period starts, plus the spread,
/// within the cap and floor; later coupons at the latest base rate (the China yield-to-maturity convention).
/// Quarterly SHIBOR-3M + 60 bp, issued 2024-03-15, maturing 2027-03-15, settled 2025-11-26: the current period starts
/// on Monday 2025-09-15, so its fixing is Friday 2025-09-12's.
public sealed class FloatingRateBondTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly FixingHistory Fixings = FixingHistory.Empty
        .With("SHIBOR-3M", D("2025-09-12"), 0.0158)
        .With("SHIBOR-3M", D("2025-11-25"), 0.0162);

    private static CouponBond Floater(double? cap = null, double? floor = null) =>
        CouponBond.Floating(FloatingCoupon.Of(CnyRateIndices.Shibor3M, 0.006, cap, floor), CouponFrequency.Quarterly, D("2024-03-15"), D("2027-03-15"));

    [Fact]
    public void The_current_coupon_is_its_fixing_plus_the_spread_and_later_ones_assume_the_latest_fixing()
    {
        var bond = Floater().Resolve(Fixings, D("2025-11-26"));
        var periods = bond.Periods.ToArray();

        Assert.Equal(6, periods.Length);
        Assert.Equal((D("2025-09-15"), D("2025-09-12"), false), (periods[0].Start, periods[0].FixingDate!.Value, periods[0].RateIsAssumed));
        Assert.Equal(0.0218, periods[0].Rate, 1e-15);
        Assert.Equal(0.0218 * 100 / 4, periods[0].Coupon, 1e-12);
        Assert.All(periods[1..], p => Assert.Equal(0.0222, p.Rate, 1e-15));
        Assert.All(periods[1..], p => Assert.True(p.RateIsAssumed));
        Assert.Equal(0.0162, bond.AssumedBaseRate);
    }

    [Fact]
    public void The_cap_and_floor_bound_the_coupon_rate()
    {
        var capped = Floater(cap: 0.022).Resolve(Fixings, D("2025-11-26")).Periods.ToArray();
        Assert.Equal(0.0218, capped[0].Rate, 1e-15);
        Assert.All(capped[1..], p => Assert.Equal(0.022, p.Rate));

        var floored = Floater(floor: 0.0225).Resolve(Fixings, D("2025-11-26")).Periods.ToArray();
        Assert.All(floored, p => Assert.Equal(0.0225, p.Rate));
    }

    [Fact]
    public void Accrued_is_on_the_current_coupon()
    {
        var m = CashFlowBondPricer.FromYield(Floater().Resolve(Fixings, D("2025-11-26")), D("2025-11-26"), 0.021);
        // 72 of the 91 days from 2025-09-15 to 2025-12-15.
        Assert.Equal(0.0218 * 100 / 4 * 72 / 91, m.Quoted.AccruedInterest, 1e-12);
        Assert.Equal(0.021 - 0.0162, m.DiscountMargin!.Value, 1e-15);
    }

    [Fact]
    public void At_par_on_a_coupon_date_the_discount_margin_is_the_quoted_spread()
    {
        var fixings = FixingHistory.Empty.With("SHIBOR-3M", D("2025-09-12"), 0.0158);
        var bond = Floater().Resolve(fixings, D("2025-09-15"));

        var m = CashFlowBondPricer.FromCleanPrice(bond, D("2025-09-15"), 100);

        Assert.Equal(0.0218, m.Quoted.Yield, 1e-10);
        Assert.Equal(0.006, m.DiscountMargin!.Value, 1e-10);
    }

    [Fact]
    public void A_step_rate_takes_the_rate_in_force_on_the_fixing_date()
    {
        // LPR-1Y + 10 bp, annual from 2024-08-10 (a Saturday: fixed on Friday 2024-08-09, when the July LPR, 3.35 %, was
        // in force). By 2024-11-26 the LPR is 3.10 % (published 2024-11-20): later coupons assume it.
        var bond = CouponBond.Floating(FloatingCoupon.Of(CnyRateIndices.Lpr1Y, 0.001), CouponFrequency.Annual, D("2024-08-10"), D("2029-08-10"))
            .Resolve(CnyDemoFixings.History, D("2024-11-26"));

        Assert.Equal(D("2024-08-09"), bond.Periods[0].FixingDate);
        Assert.Equal(0.0345, bond.Periods[0].Rate, 1e-15);
        Assert.Equal(0.032, bond.Periods[1].Rate, 1e-15);
        Assert.Equal(0.031, bond.AssumedBaseRate);
    }

    [Fact]
    public void A_floater_on_act_360_pays_its_rate_for_the_days_of_each_period()
    {
        var bond = CouponBond.Floating(FloatingCoupon.Of(CnyRateIndices.Shibor3M, 0.006), CouponFrequency.Quarterly, D("2024-03-15"), D("2027-03-15"), DayCounts.DayCount.Act360)
            .Resolve(Fixings, D("2025-11-26"));

        Assert.Equal(0.0218 * 100 * 91 / 360, bond.Periods[0].Coupon, 1e-12);        // 2025-09-15..2025-12-15
        Assert.Equal(0.0222 * 100 * 90 / 360, bond.Periods[1].Coupon, 1e-12);        // 2025-12-15..2026-03-15
        var m = CashFlowBondPricer.FromYield(bond, D("2025-11-26"), 0.02);
        Assert.Equal(0.0218 * 100 * 72 / 360, m.Quoted.AccruedInterest, 1e-12);
    }

    [Fact]
    public void A_missing_daily_fixing_is_an_error_naming_it()
    {
        var fixings = FixingHistory.Empty.With("SHIBOR-3M", D("2025-11-25"), 0.0162);
        var error = Assert.Throws<DomainException>(() => Floater().Resolve(fixings, D("2025-11-26")));
        Assert.Equal("fixings", error.Field);
        Assert.StartsWith("no SHIBOR-3M fixing for 2025-09-12", error.Message);
    }

    [Fact]
    public void A_floater_needs_fixings_to_resolve_and_no_history_at_all_is_an_error()
    {
        Assert.Equal("fixings", Assert.Throws<DomainException>(() => Floater().Resolve()).Field);
        Assert.Equal("fixings", Assert.Throws<DomainException>(() => Floater().Resolve(FixingHistory.Empty, D("2025-11-26"))).Field);
    }

    [Fact]
    public void A_floater_resolved_as_of_a_date_is_not_priced_before_its_current_period() =>
        Assert.Equal("settlementDate", Assert.Throws<DomainException>(() =>
            CashFlowBondPricer.FromYield(Floater().Resolve(Fixings, D("2025-11-26")), D("2025-06-01"), 0.02)).Field);

    [Fact]
    public void A_floater_on_the_demo_history_prices_and_round_trips()
    {
        var bond = CouponBond.Floating(FloatingCoupon.Of(CnyRateIndices.Shibor3M, 0.0045, floor: 0.015), CouponFrequency.Quarterly, D("2023-02-20"), D("2030-02-20"))
            .Resolve(CnyDemoFixings.History, D("2026-11-26"));
        var m = CashFlowBondPricer.FromYield(bond, D("2026-11-26"), 0.02);
        Assert.Equal(0.02, CashFlowBondPricer.FromCleanPrice(bond, D("2026-11-26"), m.Quoted.CleanPrice).Quoted.Yield, 1e-11);
        Assert.Equal(CnyDemoFixings.History.For("SHIBOR-3M").LatestOnOrBefore(D("2026-11-26")), bond.AssumedBaseRate);
    }

    [Theory]
    [InlineData(0.5, null, null, "spread")]
    [InlineData(0.005, 0.01, 0.02, "cap")]
    [InlineData(0.005, null, double.NaN, "floor")]
    public void Bad_floating_terms_are_refused(double spread, double? cap, double? floor, string field) =>
        Assert.Equal(field, Assert.Throws<DomainException>(() => FloatingCoupon.Of(CnyRateIndices.Shibor3M, spread, cap, floor)).Field);
}
