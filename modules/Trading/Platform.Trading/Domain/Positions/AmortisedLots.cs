namespace Platform.Trading.Domain.Positions;

/// Sums the open lots of an amortised-cost book on the valuation date, and their accretion over the carry day, each
/// lot at its own effective yield. A loop over a struct array: no allocation.
internal static class AmortisedLots
{
    public static (decimal CarryingYuan, decimal AccretionYuan) At(PositionLedger ledger, DateOnly asOf, CarryDay? day)
    {
        var (carrying, accretion) = (0m, 0m);
        foreach (var lot in ledger.Lots)
        {
            if (day is not { } d)
            {
                carrying += EffectiveInterest.AmortisedCostYuan(ledger.Bond, lot, asOf);
                continue;
            }
            var from = EffectiveInterest.AmortisedCleanPrice(ledger.Bond, lot, d.From);
            var to = EffectiveInterest.AmortisedCleanPrice(ledger.Bond, lot, d.To);
            carrying += PositionMoney.Yuan(d.From == asOf ? from : to, lot.FaceYuan);
            accretion += PositionMoney.Yuan(to - from, lot.FaceYuan);
        }
        return (carrying, accretion);
    }
}
