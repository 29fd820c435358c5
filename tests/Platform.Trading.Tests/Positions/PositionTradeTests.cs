using Platform.SharedKernel;
using Platform.Trading.Domain.Positions;
using Xunit;

namespace Platform.Trading.Tests.Positions;

/// A trade is valid once built: every way to build it wrong is refused with the field named, and its amounts are exact.
public sealed class PositionTradeTests
{
    private static readonly DateOnly T = new(2026, 11, 26);

    private static PositionTrade Trade(string id = "T1", string bond = "B1", TradeSide side = TradeSide.Buy, decimal faceWan = 1000m, double clean = 99.1234,
        double accrued = 1.2345678, double? dirty = null, DateOnly? tradeDate = null, DateOnly? settlement = null) =>
        PositionTrade.Of(id, bond, side, faceWan, clean, accrued, dirty ?? clean + accrued, tradeDate ?? T, settlement ?? T.AddDays(1));

    [Fact]
    public void Amounts_are_price_over_100_times_face_in_yuan_exactly()
    {
        var t = Trade();
        Assert.Equal(10_000_000m, t.FaceYuan);
        Assert.Equal(9_912_340m, t.CleanAmountYuan);
        Assert.Equal(123_456.78m, t.AccruedAmountYuan);
        Assert.Equal(10_000_000m, t.SignedFaceYuan);
        Assert.Equal(-10_000_000m, Trade(side: TradeSide.Sell).SignedFaceYuan);
    }

    [Theory]
    [InlineData("tradeId")]
    [InlineData("bondId")]
    [InlineData("side")]
    [InlineData("faceWan")]
    [InlineData("cleanPrice")]
    [InlineData("accruedPerHundred")]
    [InlineData("dirtyPrice")]
    [InlineData("settlementDate")]
    public void Every_way_to_build_a_trade_wrong_is_refused_with_its_field(string field)
    {
        Action build = field switch
        {
            "tradeId" => () => Trade(id: " "),
            "bondId" => () => Trade(bond: ""),
            "side" => () => Trade(side: (TradeSide)7),
            "faceWan" => () => Trade(faceWan: 0m),
            "cleanPrice" => () => Trade(clean: double.NaN, dirty: 100),
            "accruedPerHundred" => () => Trade(accrued: -0.1, dirty: 99),
            "dirtyPrice" => () => Trade(dirty: 101),
            _ => () => Trade(settlement: T.AddDays(-1)),
        };
        Assert.Equal(field, Assert.Throws<DomainException>(build).Field);
    }

    [Fact]
    public void Negative_face_and_prices_above_1000_are_refused()
    {
        Assert.Equal("faceWan", Assert.Throws<DomainException>(() => Trade(faceWan: -1m)).Field);
        Assert.Equal("cleanPrice", Assert.Throws<DomainException>(() => Trade(clean: 1001, accrued: 0)).Field);
    }

    [Fact]
    public void Dirty_may_differ_from_clean_plus_accrued_by_price_rounding_only()
    {
        Assert.Equal(100.0, Trade(clean: 98.5, accrued: 1.50004, dirty: 100.0).DirtyPrice);
        Assert.Throws<DomainException>(() => Trade(clean: 98.5, accrued: 1.5002, dirty: 100.0));
    }
}
