using Platform.Analytics.Schedules;
using Platform.Analytics.Bonds;
using Platform.Analytics.Indices;
using Platform.SharedKernel;
using Xunit;

namespace Platform.Analytics.Tests;

/// Properties of the general pricer on every kind of bond it takes: price ↔ yield round trips (clean and dirty),
/// DV01 equal to the central difference of prices a basis point apart, cash flows discounting to the dirty price.
public sealed class CashFlowBondPropertyTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static ResolvedCashFlowBond Make(string kind) => kind switch
    {
        "short stub" => CouponBond.Fixed(0.031, CouponFrequency.SemiAnnual, D("2024-05-07"), D("2034-01-15")).Resolve(),
        "long stub" => CouponBond.Fixed(0.031, CouponFrequency.Quarterly, D("2024-05-07"), D("2034-01-15"), stub: StubConvention.LongInitial).Resolve(),
        "amortising" => CouponBond.Fixed(0.045, CouponFrequency.Annual, D("2023-06-30"), D("2033-06-30"))
            .WithRepayments([.. Enumerable.Range(2028, 5).Select(y => new PrincipalRepayment(new DateOnly(y, 6, 30), 10))]).Resolve(),
        "to put" => CouponBond.Fixed(0.029, CouponFrequency.Annual, D("2025-01-20"), D("2032-01-20"))
            .WithOptions([new(BondOptionKind.Put, D("2030-01-20"))]).Resolve().ToExercise(D("2030-01-20")),
        "floater" => CouponBond.Floating(FloatingCoupon.Of(CnyRateIndices.Fr007, 0.003), CouponFrequency.Quarterly, D("2024-04-18"), D("2029-04-18"))
            .Resolve(CnyDemoFixings.History, D("2026-11-26")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static TheoryData<string, double> Cases => new()
    {
        { "short stub", 0.0215 }, { "short stub", -0.004 }, { "long stub", 0.035 }, { "amortising", 0.0241 },
        { "to put", 0.0199 }, { "floater", 0.018 }, { "floater", 0.09 },
    };

    private static readonly DateOnly Settlement = new(2026, 11, 26);

    [Theory, MemberData(nameof(Cases))]
    public void Yield_from_either_price_gives_the_yield_back(string kind, double yield)
    {
        var bond = Make(kind);
        var m = CashFlowBondPricer.FromYield(bond, Settlement, yield).Quoted;

        Assert.Equal(yield, CashFlowBondPricer.FromCleanPrice(bond, Settlement, m.CleanPrice).Quoted.Yield, 1e-11);
        Assert.Equal(yield, CashFlowBondPricer.FromDirtyPrice(bond, Settlement, m.DirtyPrice).Quoted.Yield, 1e-11);
    }

    [Theory, MemberData(nameof(Cases))]
    public void Dv01_is_the_central_difference_of_prices_a_basis_point_apart(string kind, double yield)
    {
        var bond = Make(kind);
        var m = CashFlowBondPricer.FromYield(bond, Settlement, yield).Quoted;
        var down = CashFlowBondPricer.FromYield(bond, Settlement, yield - 1e-4).Quoted.DirtyPrice;
        var up = CashFlowBondPricer.FromYield(bond, Settlement, yield + 1e-4).Quoted.DirtyPrice;

        Assert.Equal((down - up) / 2, m.Dv01, 1e-12);
        Assert.Equal(m.DirtyPrice * m.ModifiedDuration * 1e-4, m.Dv01, m.Dv01 * 1e-5);
        var h = 1e-5;
        var second = (CashFlowBondPricer.FromYield(bond, Settlement, yield + h).Quoted.DirtyPrice - 2 * m.DirtyPrice
            + CashFlowBondPricer.FromYield(bond, Settlement, yield - h).Quoted.DirtyPrice) / (h * h);
        Assert.Equal(second / m.DirtyPrice, m.Convexity, m.Convexity * 1e-4);
    }

    [Theory, MemberData(nameof(Cases))]
    public void Cash_flows_discount_to_the_dirty_price_per_original_face(string kind, double yield)
    {
        var bond = Make(kind);
        var flows = CashFlowBondPricer.CashFlows(bond, Settlement, yield);
        var m = CashFlowBondPricer.FromYield(bond, Settlement, yield);

        Assert.Equal(m.PerOriginalFace.DirtyPrice, flows.Sum(f => f.PresentValue), 1e-10);
        Assert.Equal(100 * m.OutstandingFactor, flows.Sum(f => f.Principal), 1e-10);
        Assert.All(flows, f => Assert.True(f.PaymentDate > Settlement));
    }

    [Theory]
    [InlineData(double.NaN, "yield")]
    [InlineData(2.0, "yield")]
    public void Bad_yields_are_refused(double yield, string field) =>
        Assert.Equal(field, Assert.Throws<DomainException>(() => CashFlowBondPricer.FromYield(Make("amortising"), Settlement, yield)).Field);

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(5000)]
    public void Bad_prices_are_refused(double price)
    {
        Assert.Equal("cleanPrice", Assert.Throws<DomainException>(() => CashFlowBondPricer.FromCleanPrice(Make("short stub"), Settlement, price)).Field);
        Assert.Equal("dirtyPrice", Assert.Throws<DomainException>(() => CashFlowBondPricer.FromDirtyPrice(Make("short stub"), Settlement, price)).Field);
    }

    [Fact]
    public void A_price_with_no_yield_in_range_is_a_clear_error_not_nan() =>
        Assert.Contains("no yield", Assert.Throws<DomainException>(() => CashFlowBondPricer.FromCleanPrice(Make("long stub"), Settlement, 900)).Message);
}
