using Platform.Analytics.Bonds;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Pricing;
using Platform.SharedKernel;
using Xunit;

namespace Platform.Trading.Tests;

/// The adapter from reference-data terms to Analytics: each kind of bond takes the pricer it should, and the paths agree.
public sealed class PricedBondTests
{
    private static BondView Bond(string couponType, decimal? rate, int frequency, DateOnly issue, DateOnly maturity, string? option = null, DateOnly? optionDate = null) =>
        new("T1", "t", "t", BondTypes.Mtn, "I", "I", couponType, rate, frequency, couponType == CouponTypes.Zero ? "ACT/365F" : "ACT/ACT-ICMA", issue, maturity,
            1m, 10m, null, null, null, option, optionDate, option is null ? null : 100m, null, [new MarketCode(Markets.Cfets, "102500001")]);

    [Fact]
    public void A_regular_fixed_bond_prices_as_the_fixed_pricer_and_round_trips_yield_clean_and_dirty()
    {
        var terms = Bond(CouponTypes.Fixed, 0.0235m, 1, new(2021, 3, 15), new(2031, 3, 15));
        var priced = PricedBond.Of(terms);
        var settlement = new DateOnly(2026, 11, 27);
        var expected = ChinaFixedBondPricer.FromYield(new ResolvedFixedBond(FixedCouponBond.Of(0.0235, CouponFrequency.Annual, terms.IssueDate, terms.MaturityDate)), settlement, 0.0185);
        var m = priced.FromYield(settlement, 0.0185);
        Assert.Equal(expected.CleanPrice, m.CleanPrice, 12);
        Assert.Equal(0.0185, priced.FromCleanPrice(settlement, m.CleanPrice).Yield, 10);
        Assert.Equal(0.0185, priced.FromDirtyPrice(settlement, m.DirtyPrice).Yield, 10);
        Assert.Equal(m.CleanPrice + m.AccruedInterest, m.DirtyPrice, 10);
    }

    [Fact]
    public void Short_paper_with_one_coupon_at_maturity_is_priced_by_the_final_period_rule()
    {
        // 270 days, 2.10 % paid with the principal: dirty = (100 + C·days/365-ish coupon)/(1 + y·D/TY)
        var terms = Bond(CouponTypes.Fixed, 0.021m, 1, new(2026, 6, 1), new DateOnly(2026, 6, 1).AddDays(270));
        var priced = PricedBond.Of(terms);
        var settlement = new DateOnly(2026, 11, 27);
        var m = priced.FromYield(settlement, 0.019);
        var coupon = ((CouponBond.Fixed(0.021, CouponFrequency.Annual, terms.IssueDate, terms.MaturityDate).Resolve()).Periods[0]).Coupon;
        var days = terms.MaturityDate.DayNumber - settlement.DayNumber;
        var yearDays = terms.MaturityDate.DayNumber - terms.MaturityDate.AddYears(-1).DayNumber;
        Assert.Equal((100 + coupon) / (1 + 0.019 * days / yearDays), m.DirtyPrice, 9);
        Assert.Equal(0.019, priced.FromCleanPrice(settlement, m.CleanPrice).Yield, 10);
    }

    [Fact]
    public void A_discount_ncd_is_priced_by_the_zero_pricer()
    {
        var terms = Bond(CouponTypes.Zero, null, 0, new(2026, 9, 1), new(2027, 3, 1));
        var settlement = new DateOnly(2026, 11, 27);
        var m = PricedBond.Of(terms).FromYield(settlement, 0.0168);
        Assert.Equal(100 / (1 + 0.0168 * (terms.MaturityDate.DayNumber - settlement.DayNumber) / 365.0), m.CleanPrice, 10);
        Assert.Equal(0, m.AccruedInterest);
    }

    [Fact]
    public void A_putable_bond_to_exercise_equals_a_bond_maturing_on_the_exercise_date()
    {
        var putable = Bond(CouponTypes.Fixed, 0.028m, 1, new(2024, 6, 1), new(2029, 6, 1), "Put", new(2027, 6, 1));
        var bullet = Bond(CouponTypes.Fixed, 0.028m, 1, new(2024, 6, 1), new(2027, 6, 1));
        var settlement = new DateOnly(2026, 11, 27);
        Assert.Equal(PricedBond.Of(bullet).FromYield(settlement, 0.025).CleanPrice, PricedBond.Of(putable).FromYield(settlement, 0.025, toExercise: true).CleanPrice, 9);
        Assert.NotEqual(PricedBond.Of(putable).FromYield(settlement, 0.025).CleanPrice, PricedBond.Of(putable).FromYield(settlement, 0.025, toExercise: true).CleanPrice, 4);
    }

    [Fact]
    public void Settling_on_or_after_maturity_or_asking_a_bullet_for_its_exercise_yield_is_refused_with_the_field()
    {
        var bullet = PricedBond.Of(Bond(CouponTypes.Fixed, 0.03m, 1, new(2024, 6, 1), new(2027, 6, 1)));
        Assert.Equal("settlementDate", Assert.Throws<DomainException>(() => bullet.FromYield(new(2027, 6, 1), 0.02)).Field);
        Assert.Equal("yieldBasis", Assert.Throws<DomainException>(() => bullet.FromYield(new(2026, 6, 1), 0.02, toExercise: true)).Field);
    }
}
