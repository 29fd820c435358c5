using Platform.Analytics.BondRisk;
using Platform.Analytics.Bonds;
using Platform.Analytics.Curves;
using Platform.Analytics.Curves.Bootstrap;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Xunit;

namespace Platform.Analytics.Tests;

/// Z-spread, key-rate DV01s, I-spread and carry/roll-down of fixed bonds on a curve.
public sealed class BondCurveRiskTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static readonly InterpolatedDiscountCurve Curve = CurveBootstrapper.Bootstrap(CnyCurveTemplates.Shibor3M(), Today, ShiborTestQuotes.Quotes(), MarketCalendars.CnInterbankProjected).Curve;

    private static (DateOnly[] Dates, double[] Amounts, ResolvedFixedBond Bond) Flows(double coupon, int frequency, int years, DateOnly settlement)
    {
        var bond = new ResolvedFixedBond(FixedCouponBond.Of(coupon, CouponFrequency.Of(frequency), new DateOnly(2024, 3, 15), new DateOnly(2024 + years, 3, 15)));
        var flows = ChinaFixedBondPricer.CashFlows(bond, settlement, 0.02);
        return ([.. flows.Select(f => f.PaymentDate)], [.. flows.Select(f => f.Amount)], bond);
    }

    public static TheoryData<double, int, int> Bonds => new()
    {
        { 0.0235, 1, 10 }, { 0.031, 2, 7 }, { 0.018, 4, 3 }, { 0.027, 1, 30 }, { 0.0, 1, 5 },
    };

    [Theory, MemberData(nameof(Bonds))]
    public void The_z_spread_reprices_the_dirty_price(double coupon, int frequency, int years)
    {
        var (dates, amounts, _) = Flows(coupon, frequency, years, Today);

        var z = BondCurveRisk.ZSpread(dates, amounts, Today, Curve, 97.5);

        Assert.Equal(97.5, BondCurveRisk.DirtyPrice(dates, amounts, Today, Curve, z), 9);
    }

    [Theory, MemberData(nameof(Bonds))]
    public void Key_rate_dv01s_sum_to_the_parallel_dv01_and_match_bumped_prices(double coupon, int frequency, int years)
    {
        var settlement = Today.AddDays(1);
        var (dates, amounts, _) = Flows(coupon, frequency, years, settlement);
        var keys = new double[KeyRateGrid.Standard.Count];

        var parallel = BondCurveRisk.KeyRateDv01s(dates, amounts, settlement, Curve, 0.004, KeyRateGrid.Standard, keys);

        Assert.True(Math.Abs(keys.Sum() / parallel - 1) < 0.01, $"sum {keys.Sum()} vs parallel {parallel}");
        var bumpedUp = new ShiftedCurve(Curve, 1e-4);
        var bumpedDown = new ShiftedCurve(Curve, -1e-4);
        var finiteDifference = (BondCurveRisk.DirtyPrice(dates, amounts, settlement, bumpedDown, 0.004) - BondCurveRisk.DirtyPrice(dates, amounts, settlement, bumpedUp, 0.004)) / 2;
        Assert.Equal(finiteDifference, parallel, 10);
        Assert.True(parallel > 0);
    }

    [Fact]
    public void A_bullet_bond_s_risk_sits_at_the_keys_around_its_maturity()
    {
        var (dates, amounts, _) = Flows(0.0, 1, 6, Today);   // a zero-coupon-like 2030-03-15 flow: 3.3 years, between 3Y and 5Y
        var keys = new double[KeyRateGrid.Standard.Count];

        BondCurveRisk.KeyRateDv01s(dates, amounts, Today, Curve, 0, KeyRateGrid.Standard, keys);

        var threeYear = KeyRateGrid.Standard.Years.IndexOf(3);
        Assert.True(keys[threeYear] > keys[threeYear + 1] && keys[threeYear + 1] > 0);
        Assert.All(keys.Where((_, i) => i != threeYear && i != threeYear + 1), k => Assert.Equal(0, k));
    }

    [Fact]
    public void Carry_at_an_unchanged_yield_is_the_coupon_income_less_financing_plus_the_pull_to_par()
    {
        var bond = new ResolvedFixedBond(FixedCouponBond.Of(0.03, CouponFrequency.Annual, new DateOnly(2024, 3, 15), new DateOnly(2034, 3, 15)));
        var horizon = Today.AddMonths(3);
        static double Flat(double years) => 0.02;

        var r = HorizonAnalysis.Analyse(bond, Today, 0.02, horizon, Flat, repoRate: 0.015);

        Assert.Equal(r.CouponIncome + r.PullToPar - r.FinancingCost, r.Carry, 10);
        Assert.Equal(0, r.RollDown, 12);   // on a flat curve nothing rolls
        Assert.True(r.PullToPar < 0);      // a premium bond drifts down to par
        Assert.Equal(100 * 0.03 * (horizon.DayNumber - Today.DayNumber) / 365.0, r.CouponIncome, 2);
    }

    [Fact]
    public void Roll_down_on_an_upward_curve_earns()
    {
        var bond = new ResolvedFixedBond(FixedCouponBond.Of(0.02, CouponFrequency.Annual, new DateOnly(2024, 3, 15), new DateOnly(2034, 3, 15)));
        static double Upward(double years) => 0.015 + 0.001 * years;

        var r = HorizonAnalysis.Analyse(bond, Today, 0.024, Today.AddYears(1), Upward);

        Assert.True(r.RollDown > 0);
        Assert.True(r.RollDownYield < 0.024);
        Assert.Equal(0.024 - Upward((bond.Bond.MaturityDate.DayNumber - Today.DayNumber) / 365.0),
            HorizonAnalysis.ISpread(0.024, Today, bond.Bond.MaturityDate, Upward), 15);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_field()
    {
        var (dates, amounts, bond) = Flows(0.02, 1, 5, Today);

        Assert.Equal("dirtyPrice", Assert.Throws<DomainException>(() => BondCurveRisk.ZSpread(dates, amounts, Today, Curve, -1)).Field);
        Assert.Equal("dirtyPrice", Assert.Throws<DomainException>(() => BondCurveRisk.ZSpread(dates, amounts, Today, Curve, 1500)).Field);
        Assert.Equal("settlementDate", Assert.Throws<DomainException>(() => BondCurveRisk.DirtyPrice(dates, amounts, Today.AddDays(-1), Curve, 0)).Field);
        Assert.Equal("keyRates", Assert.Throws<DomainException>(() => KeyRateGrid.Of([1, 0.5])).Field);
        Assert.Equal("horizonDate", Assert.Throws<DomainException>(() => HorizonAnalysis.Analyse(bond, Today, 0.02, Today, _ => 0.02)).Field);
    }

    /// The curve with every zero rate moved: a parallel bump for the finite difference.
    private sealed class ShiftedCurve(IDiscountCurve inner, double shift) : IDiscountCurve
    {
        public DateOnly ValuationDate => inner.ValuationDate;
        public double DiscountFactor(double years) => inner.DiscountFactor(years) * Math.Exp(-shift * years);
        public double ZeroRate(double years) => inner.ZeroRate(years) + shift;
    }
}
