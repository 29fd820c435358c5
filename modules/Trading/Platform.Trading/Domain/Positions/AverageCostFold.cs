namespace Platform.Trading.Domain.Positions;

/// Weighted-average cost (加权平均成本), as a fair-value (FVTPL) book reports it. A trade that adds to the holding
/// blends its clean price into the average; one that reduces it realises (price − average) on the face closed and
/// leaves the average as it was; one that goes through zero opens the rest at its own price. Decimal yuan throughout.
internal static class AverageCostFold
{
    public static HoldingChange Apply(decimal faceYuan, decimal costYuan, PositionTrade trade)
    {
        var quantity = trade.SignedFaceYuan;
        if (faceYuan == 0 || Math.Sign(faceYuan) == Math.Sign(quantity))
            return new(faceYuan + quantity, costYuan + PositionMoney.Yuan(trade.CleanPrice, quantity), 0, []);

        // Closing is signed as the trade; the cost it releases is the same share of the cost as of the face.
        var closing = Math.Abs(quantity) <= Math.Abs(faceYuan) ? quantity : -faceYuan;
        var released = closing == -faceYuan ? costYuan : costYuan * -closing / faceYuan;
        var realised = -(PositionMoney.Yuan(trade.CleanPrice, closing) + released);
        var rest = quantity - closing;
        return rest == 0
            ? new(faceYuan + closing, costYuan - released, realised, [])
            : new(rest, PositionMoney.Yuan(trade.CleanPrice, rest), realised, []);
    }
}
