using System.Collections.Immutable;

namespace Platform.Trading.Domain.Positions;

/// First in, first out (先进先出) over the open lots of an amortised-cost book (AC, FVOCI). A trade against the lots'
/// direction closes the oldest first and realises (trade clean price − the lot's amortised cost on the trade's
/// settlement date) on the face closed, since derecognition compares proceeds with the carrying amount; what is left
/// over opens a new lot at the trade's effective yield. The lots always share one sign.
internal static class FifoLotFold
{
    public static HoldingChange Apply(PositionBond bond, ImmutableArray<PositionLot> lots, PositionTrade trade)
    {
        var remaining = trade.SignedFaceYuan;
        var open = lots.ToBuilder();
        var realised = 0m;
        while (remaining != 0 && open.Count > 0 && Math.Sign(open[0].FaceYuan) != Math.Sign(remaining))
        {
            var lot = open[0];
            var closing = Math.Abs(remaining) < Math.Abs(lot.FaceYuan) ? remaining : -lot.FaceYuan;
            var carried = EffectiveInterest.AmortisedCleanPrice(bond, lot, trade.SettlementDate);
            realised += PositionMoney.Yuan(carried, closing) - PositionMoney.Yuan(trade.CleanPrice, closing);
            if (closing == -lot.FaceYuan) open.RemoveAt(0);
            else open[0] = lot with { FaceYuan = lot.FaceYuan + closing };
            remaining -= closing;
        }
        if (remaining != 0)
            open.Add(new PositionLot(trade.TradeId, trade.SettlementDate, remaining, trade.CleanPrice, EffectiveInterest.YieldOf(bond, trade)));

        var (face, cost) = (0m, 0m);
        foreach (var lot in open) (face, cost) = (face + lot.FaceYuan, cost + lot.CostYuan);
        return new(face, cost, realised, open.ToImmutable());
    }
}
