using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Positions;

namespace Platform.Trading.Tests.Positions;

/// Small builders for the position tests: bonds as reference data has them, trades and valuations priced by the bond's
/// own convention at a yield or a clean price.
internal static class PositionBuilders
{
    public static readonly DateOnly Issue = new(2024, 6, 1);
    public static readonly DateOnly Maturity = new(2031, 6, 1);

    /// 3 % annual, 2024-06-01 to 2031-06-01, ACT/ACT: coupon dates every 1 June.
    public static PositionBond Annual3 { get; } = Fixed("B3A", 0.03m, 1, Issue, Maturity);

    /// A one-year discount NCD (同业存单), 2026-03-01 to 2027-03-01.
    public static PositionBond Ncd { get; } = Zero("NCD1", new(2026, 3, 1), new(2027, 3, 1));

    public static PositionBond Fixed(string id, decimal rate, int frequency, DateOnly issue, DateOnly maturity, string? option = null, DateOnly? optionDate = null) =>
        PositionBond.Of(Terms(id, CouponTypes.Fixed, rate, frequency, issue, maturity, option, optionDate));

    public static PositionBond Zero(string id, DateOnly issue, DateOnly maturity) =>
        PositionBond.Of(Terms(id, CouponTypes.Zero, null, 0, issue, maturity, null, null));

    private static BondView Terms(string id, string couponType, decimal? rate, int frequency, DateOnly issue, DateOnly maturity, string? option, DateOnly? optionDate) =>
        new(id, id, id, BondTypes.Mtn, "I", "I", couponType, rate, frequency, couponType == CouponTypes.Zero ? "ACT/365F" : "ACT/ACT-ICMA", issue, maturity,
            1m, 10m, null, null, null, option, optionDate, option is null ? null : 100m, null, [new MarketCode(Markets.Cfets, "10" + id)]);

    public static PositionTrade AtYield(PositionBond bond, string id, TradeSide side, decimal faceWan, DateOnly settlement, double yield)
    {
        var m = bond.Priced.FromYield(settlement, yield);
        return PositionTrade.Of(id, bond.BondId, side, faceWan, m.CleanPrice, m.AccruedInterest, m.DirtyPrice, settlement.AddDays(-1), settlement);
    }

    /// A trade at a round clean price; accrued interest by the bond's convention, dirty = clean + accrued.
    public static PositionTrade AtClean(PositionBond bond, string id, TradeSide side, decimal faceWan, DateOnly settlement, double clean)
    {
        var accrued = bond.Priced.FromYield(settlement, 0.02).AccruedInterest;
        return PositionTrade.Of(id, bond.BondId, side, faceWan, clean, accrued, clean + accrued, settlement.AddDays(-1), settlement);
    }

    public static ValuationView ValuationAtYield(PositionBond bond, DateOnly date, double yield)
    {
        var m = bond.Priced.FromYield(date, yield);
        return new ValuationView(bond.BondId, date, m.CleanPrice, m.DirtyPrice, m.AccruedInterest, yield, m.ModifiedDuration, "test");
    }

    public static ValuationView ValuationAtClean(PositionBond bond, DateOnly date, double clean) =>
        ValuationAtYield(bond, date, bond.Priced.FromCleanPrice(date, clean).Yield) with { CleanPrice = clean };

    public static PositionLedger Ledger(string accountingClass, PositionBond bond, params PositionTrade[] trades) =>
        PositionLedger.Replay("BK1", accountingClass, bond, trades);
}
