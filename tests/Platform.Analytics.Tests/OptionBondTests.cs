using Platform.Analytics.Bonds;
using Platform.SharedKernel;
using Xunit;

namespace Platform.Analytics.Tests;

/// Bonds with calls, puts and coupon resets. The yield to an exercise date 行权收益率 treats that date as maturity: it
/// must equal the yield of a plain fixed bond that matures on the exercise date, measure for measure.
public sealed class OptionBondTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// A "3+2" bond: 5 years, holder put and issuer coupon reset after year 3.
    private static CouponBond ThreePlusTwo(double exercisePrice = 100) =>
        CouponBond.Fixed(0.028, CouponFrequency.Annual, D("2024-06-01"), D("2029-06-01"))
            .WithOptions([new(BondOptionKind.Put, D("2027-06-01"), exercisePrice)]);

    public static TheoryData<string, double> Settlements => new()
    {
        { "2025-11-26", 0.025 },
        { "2024-06-01", 0.031 },
        { "2026-12-01", 0.019 },   // the final period before exercise: simple interest on the interest year
    };

    [Theory, MemberData(nameof(Settlements))]
    public void The_yield_to_a_put_is_the_yield_of_a_bond_maturing_on_the_exercise_date(string settlement, double yield)
    {
        var toPut = ThreePlusTwo().Resolve().ToExercise(D("2027-06-01"));
        var shortBond = new ResolvedFixedBond(FixedCouponBond.Of(0.028, CouponFrequency.Annual, D("2024-06-01"), D("2027-06-01")));
        var date = D(settlement);

        var expected = ChinaFixedBondPricer.FromYield(shortBond, date, yield);
        var actual = CashFlowBondPricer.FromYield(toPut, date, yield).Quoted;

        Assert.Equal(expected.DirtyPrice, actual.DirtyPrice, 1e-10);
        Assert.Equal(expected.CleanPrice, actual.CleanPrice, 1e-10);
        Assert.Equal(expected.ModifiedDuration, actual.ModifiedDuration, 1e-10);
        Assert.Equal(expected.Convexity, actual.Convexity, 1e-9);
        Assert.Equal(expected.Dv01, actual.Dv01, 1e-12);
        var fromPrice = CashFlowBondPricer.FromCleanPrice(toPut, date, 99.5).Quoted.Yield;
        Assert.Equal(ChinaFixedBondPricer.FromCleanPrice(shortBond, date, 99.5).Yield, fromPrice, 1e-11);
    }

    [Fact]
    public void A_call_above_par_redeems_the_outstanding_at_its_price()
    {
        var bond = CouponBond.Fixed(0.03, CouponFrequency.SemiAnnual, D("2023-01-15"), D("2033-01-15"))
            .WithOptions([new(BondOptionKind.Call, D("2028-01-15"), 101)]);
        var toCall = bond.Resolve().ToExercise(D("2028-01-15"));
        var settlement = D("2026-11-26");

        var flows = CashFlowBondPricer.CashFlows(toCall, settlement, 0.02);

        Assert.Equal(D("2028-01-15"), flows[^1].PaymentDate);
        Assert.Equal(101, flows[^1].Principal, 12);
        Assert.Equal(1.5, flows[^1].Coupon, 12);
        // Against the par bond to the same date: one more point of principal, discounted from the exercise date.
        var par = ChinaFixedBondPricer.FromYield(new ResolvedFixedBond(FixedCouponBond.Of(0.03, CouponFrequency.SemiAnnual, D("2023-01-15"), D("2028-01-15"))), settlement, 0.02);
        Assert.Equal(par.DirtyPrice + flows[^1].DiscountFactor, CashFlowBondPricer.FromYield(toCall, settlement, 0.02).Quoted.DirtyPrice, 1e-10);
    }

    [Fact]
    public void A_coupon_reset_changes_the_coupons_after_its_date_and_no_others()
    {
        var bond = ThreePlusTwo().WithCouponResets([new CouponReset(D("2027-06-01"), 0.035)]).Resolve();

        Assert.Equal([0.028, 0.028, 0.028, 0.035, 0.035], bond.Periods.ToArray().Select(p => p.Rate));
        Assert.Equal(3.5, bond.Periods[4].Coupon, 12);
        var unchanged = ThreePlusTwo().WithCouponResets([new CouponReset(D("2027-06-01"))]).Resolve();
        Assert.All(unchanged.Periods.ToArray(), p => Assert.Equal(0.028, p.Rate));

        // To the put the reset does not matter; to maturity it does.
        var settlement = D("2025-11-26");
        Assert.Equal(CashFlowBondPricer.FromYield(unchanged.ToExercise(D("2027-06-01")), settlement, 0.025).Quoted.DirtyPrice,
            CashFlowBondPricer.FromYield(bond.ToExercise(D("2027-06-01")), settlement, 0.025).Quoted.DirtyPrice, 1e-12);
        Assert.True(CashFlowBondPricer.FromYield(bond, settlement, 0.025).Quoted.DirtyPrice
            > CashFlowBondPricer.FromYield(unchanged, settlement, 0.025).Quoted.DirtyPrice + 1);
    }

    [Fact]
    public void An_amortising_bond_to_exercise_redeems_what_is_outstanding_then()
    {
        var bond = CouponBond.Fixed(0.04, CouponFrequency.Annual, D("2025-03-15"), D("2030-03-15"))
            .WithRepayments([new(D("2026-03-15"), 20), new(D("2027-03-15"), 20)])
            .WithOptions([new(BondOptionKind.Put, D("2028-03-15"))]);

        var last = bond.Resolve().ToExercise(D("2028-03-15")).Periods[^1];

        Assert.Equal(60, last.Outstanding, 12);
        Assert.Equal(60, last.Principal, 12);
        Assert.Equal(2.4, last.Coupon, 12);
    }

    [Theory]
    [InlineData("2027-07-01", "not an exercise date")]
    [InlineData("2026-06-01", "not an exercise date")]
    public void Only_an_exercise_date_of_the_bond_can_be_priced_to(string date, string says)
    {
        var error = Assert.Throws<DomainException>(() => ThreePlusTwo().Resolve().ToExercise(D(date)));
        Assert.Equal("toExerciseDate", error.Field);
        Assert.Contains(says, error.Message);
    }

    [Fact]
    public void Settlement_on_or_after_the_exercise_date_is_refused_when_priced_to_it() =>
        Assert.Equal("settlementDate", Assert.Throws<DomainException>(() =>
            CashFlowBondPricer.FromYield(ThreePlusTwo().Resolve().ToExercise(D("2027-06-01")), D("2027-06-01"), 0.02)).Field);

    [Theory]
    [InlineData("2027-07-01", 100, "not a coupon date")]
    [InlineData("2029-06-01", 100, "maturity excluded")]
    [InlineData("2027-06-01", 0, "exercise price")]
    public void Bad_options_are_refused(string date, double price, string says)
    {
        var error = Assert.Throws<DomainException>(() => CouponBond.Fixed(0.028, CouponFrequency.Annual, D("2024-06-01"), D("2029-06-01"))
            .WithOptions([new(BondOptionKind.Call, D(date), price)]));
        Assert.Equal("options", error.Field);
        Assert.Contains(says, error.Message);
    }
}
