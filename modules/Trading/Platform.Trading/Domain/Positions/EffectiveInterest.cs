namespace Platform.Trading.Domain.Positions;

/// Amortised cost by the effective-interest method (实际利率法): a lot's carrying value on a date is its remaining
/// cash flows discounted at the yield of the dirty price paid, by the bond's own yield convention. At settlement that is
/// the dirty price paid less the accrued interest; at maturity it has pulled to 100. Clean, per 100 face, double.
internal static class EffectiveInterest
{
    private const double Redemption = 100;

    /// Accretion starts at the lot's settlement: before it the lot is carried at its settlement value.
    public static double AmortisedCleanPrice(PositionBond bond, in PositionLot lot, DateOnly date) =>
        date >= bond.MaturityDate
            ? Redemption
            : bond.Priced.FromYield(date > lot.SettlementDate ? date : lot.SettlementDate, lot.EffectiveYield).CleanPrice;

    public static decimal AmortisedCostYuan(PositionBond bond, in PositionLot lot, DateOnly date) =>
        PositionMoney.Yuan(AmortisedCleanPrice(bond, lot, date), lot.FaceYuan);

    /// The yield at which the dirty price paid equals the present value of the remaining cash flows.
    public static double YieldOf(PositionBond bond, PositionTrade trade) =>
        bond.Priced.FromDirtyPrice(trade.SettlementDate, trade.DirtyPrice).Yield;
}
