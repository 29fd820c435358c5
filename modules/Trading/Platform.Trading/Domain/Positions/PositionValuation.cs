using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Trading.Domain.Positions;

/// A position valued on one day (估值) and its P&L split as the book's accounting class requires (see the module README, "Positions and P&L").
/// Money is decimal yuan, signed as the face (negative for a short); prices and yield are doubles per 100 face; DV01
/// is a double in yuan (risk), positive for a long. Unrealised P&L goes to profit or loss (FVTPL only); OCI (其他综合收益)
/// is the fair value over amortised cost (FVOCI only); amortisation is interest income (AC and FVOCI). A struct, so a
/// book revalues into one array.
public readonly record struct PositionValuation(
    string BookId,
    string BondId,
    string AccountingClass,
    DateOnly AsOf,
    decimal FaceYuan,
    double? AverageCleanCost,
    decimal CostYuan,
    double? AmortisedCleanPrice,
    decimal? AmortisedCostYuan,
    double CleanPrice,
    double DirtyPrice,
    double Yield,
    decimal AccruedInterestYuan,
    decimal CleanMarketValueYuan,
    decimal DirtyMarketValueYuan,
    decimal RealisedPnlYuan,
    decimal UnrealisedPnlYuan,
    decimal OciYuan,
    decimal AmortisationYuan,
    decimal CarryYuan,
    double Dv01Yuan)
{
    /// What reaches profit or loss from prices and amortisation (accrued interest and coupons excluded).
    public decimal ProfitOrLossYuan => RealisedPnlYuan + UnrealisedPnlYuan + AmortisationYuan;

    /// Values the ledger on <paramref name="asOf"/> from the valuation of that day. An older valuation (a holiday, a
    /// late feed) is rolled forward at its yield; the bond terms and accounting class come with the ledger.
    public static PositionValuation Of(PositionLedger ledger, ValuationView valuation, DateOnly asOf)
    {
        if (ledger.FaceYuan == 0) return Flat(ledger, asOf);
        Check(ledger, valuation, asOf);
        var bond = ledger.Bond;
        var atAsOf = bond.Priced.FromYield(asOf, valuation.Yield);
        var (clean, dirty, accrued) = valuation.Date == asOf
            ? (valuation.CleanPrice, valuation.DirtyPrice, valuation.AccruedInterest)
            : (atAsOf.CleanPrice, atAsOf.DirtyPrice, atAsOf.AccruedInterest);
        var face = ledger.FaceYuan;
        var cleanValue = PositionMoney.Yuan(clean, face);
        var day = CarryDay.Around(bond, asOf, valuation.Yield, atAsOf);
        var accrual = day is { } d ? PositionMoney.Yuan(d.AtTo.AccruedInterest - d.AtFrom.AccruedInterest, face) : 0m;

        decimal? amortised = null;
        decimal unrealised = 0, oci = 0, amortisation = 0, amortisationCarry;
        if (ledger.IsAmortisedCost)
        {
            (var carried, amortisationCarry) = AmortisedLots.At(ledger, asOf, day);
            amortised = carried;
            amortisation = carried - ledger.CostYuan;
            if (ledger.AccountingClass == AccountingClasses.Fvoci) oci = cleanValue - carried;
        }
        else
        {
            unrealised = cleanValue - ledger.CostYuan;
            amortisationCarry = day is { } m ? PositionMoney.Yuan(m.AtTo.CleanPrice - m.AtFrom.CleanPrice, face) : 0m;
        }

        return new PositionValuation(ledger.BookId, ledger.BondId, ledger.AccountingClass, asOf, face, ledger.AverageCleanCost, ledger.CostYuan,
            amortised is { } a ? PositionMoney.PerHundred(a, face) : null, amortised, clean, dirty, valuation.Yield,
            PositionMoney.Yuan(accrued, face), cleanValue, PositionMoney.Yuan(dirty, face),
            ledger.RealisedPnlYuan, unrealised, oci, amortisation, accrual + amortisationCarry, atAsOf.Dv01 * (double)face / 100);
    }

    /// A closed position keeps its realised P&L and needs no price, even after maturity.
    internal static PositionValuation Flat(PositionLedger ledger, DateOnly asOf) =>
        new(ledger.BookId, ledger.BondId, ledger.AccountingClass, asOf, 0, null, 0, null, ledger.IsAmortisedCost ? 0m : (decimal?)null, 0, 0, 0,
            0, 0, 0, ledger.RealisedPnlYuan, 0, 0, 0, 0, 0);

    private static void Check(PositionLedger ledger, ValuationView valuation, DateOnly asOf)
    {
        if (valuation.BondId != ledger.BondId)
            throw new DomainException(new LocalizedText($"估值属于债券 {valuation.BondId}，不是持仓的债券 {ledger.BondId}",
                $"the valuation is of bond {valuation.BondId}, not the position's bond {ledger.BondId}").Current, "valuation");
        if (valuation.Date > asOf)
            throw new DomainException(new LocalizedText($"估值日 {valuation.Date:yyyy-MM-dd} 晚于持仓日 {asOf:yyyy-MM-dd}",
                $"the valuation of {valuation.Date:yyyy-MM-dd} is after the position date {asOf:yyyy-MM-dd}").Current, "valuation");
        if (asOf >= ledger.Bond.MaturityDate)
            throw new DomainException(new LocalizedText($"债券 {ledger.BondId} 已于 {ledger.Bond.MaturityDate:yyyy-MM-dd} 到期，持仓应已兑付",
                $"bond {ledger.BondId} matured on {ledger.Bond.MaturityDate:yyyy-MM-dd}: the holding is redeemed, not valued").Current, "asOf");
    }
}
