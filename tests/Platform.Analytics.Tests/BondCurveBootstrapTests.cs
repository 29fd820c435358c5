using Platform.Analytics.Bonds;
using Platform.Analytics.Curves;
using Platform.Analytics.Curves.Bootstrap;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Xunit;

namespace Platform.Analytics.Tests;

/// A government curve bootstrapped from bond yields: the curve discounts every bond's cash flows to the dirty price its
/// quoted yield gives by the China convention.
public sealed class BondCurveBootstrapTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static readonly (string Label, FixedCouponBond Bond, double Yield)[] Bonds =
    [
        ("CGB-1Y", FixedCouponBond.Of(0.0150, CouponFrequency.Annual, new DateOnly(2025, 12, 10), new DateOnly(2027, 12, 10)), 0.0138),
        ("CGB-2Y", FixedCouponBond.Of(0.0180, CouponFrequency.Annual, new DateOnly(2023, 11, 20), new DateOnly(2028, 11, 20)), 0.0145),
        ("CGB-3Y", FixedCouponBond.Of(0.0210, CouponFrequency.Annual, new DateOnly(2022, 10, 15), new DateOnly(2029, 10, 15)), 0.0152),
        ("CGB-5Y", FixedCouponBond.Of(0.0250, CouponFrequency.Annual, new DateOnly(2021, 12, 1), new DateOnly(2031, 12, 1)), 0.0165),
        ("CGB-7Y", FixedCouponBond.Of(0.0230, CouponFrequency.SemiAnnual, new DateOnly(2023, 9, 25), new DateOnly(2033, 9, 25)), 0.0178),
        ("CGB-10Y", FixedCouponBond.Of(0.0190, CouponFrequency.Annual, new DateOnly(2026, 8, 15), new DateOnly(2036, 8, 15)), 0.0185),
        ("CGB-30Y", FixedCouponBond.Of(0.0225, CouponFrequency.SemiAnnual, new DateOnly(2025, 5, 15), new DateOnly(2055, 5, 15)), 0.0210),
    ];

    private static BootstrappedCurve Build(CurveInterpolation interpolation) =>
        CurveBootstrapper.Bootstrap(CurveDefinition.Of("CGB", interpolation, Bonds.Select(b => new BondInstrument(b.Label, b.Bond))), Today,
            Bonds.ToDictionary(b => b.Label, b => b.Yield), MarketCalendars.CnInterbankProjected);

    [Theory]
    [InlineData(CurveInterpolation.LogLinearDiscount)]
    [InlineData(CurveInterpolation.LinearZero)]
    [InlineData(CurveInterpolation.MonotoneConvex)]
    public void The_curve_reprices_every_bond_yield(CurveInterpolation interpolation)
    {
        var built = Build(interpolation);

        foreach (var r in built.Report())
            Assert.True(Math.Abs(r.RepricedQuote - r.Quote) < 1e-10, $"{interpolation} {r.Label}: {r.RepricedQuote:R} vs {r.Quote:R}");
    }

    [Fact]
    public void The_curve_discounts_each_bond_to_its_dirty_price()
    {
        var curve = Build(CurveInterpolation.LogLinearDiscount).Curve;

        foreach (var (_, bond, yield) in Bonds)
        {
            var resolved = new ResolvedFixedBond(bond);
            var dirty = ChinaFixedBondPricer.FromYield(resolved, Today, yield).DirtyPrice;
            var onCurve = ChinaFixedBondPricer.CashFlows(resolved, Today, yield).Sum(f => f.Amount * curve.DiscountFactor(f.PaymentDate));
            Assert.Equal(dirty, onCurve, 8);
        }
    }

    [Fact]
    public void Bonds_maturing_on_the_same_day_are_refused()
    {
        var twins = new CurveInstrument[] { new BondInstrument("A", Bonds[0].Bond), new BondInstrument("B", Bonds[0].Bond) };

        var error = Assert.Throws<DomainException>(() => ResolvedCurveDefinition.Resolve(CurveDefinition.Of("twins", CurveInterpolation.LinearZero, twins), Today, MarketCalendars.CnInterbankProjected));

        Assert.Equal("instruments", error.Field);
    }
}
